"""Which generated files are out of date, and the command that remakes each.

The site shows four kinds of generated file, each stamped, when it is made, with
the SHA-256 of what it was made from:

- the playground record, `playground/results.json`: a verdict per example, made
  from the example's source (`make playground`);
- the timeline figures, `docs/figures/**/*.svg`: each drawn from a run of one
  example (`make figures`);
- the benchmark charts, `docs/benchmarks/charts/*.svg`: each drawn from its results
  file in `docs/benchmarks/results/` (`make bench`);
- the diagrams' drawings, `docs/diagrams/*.svg`: each named by the digest of the
  diagram's text on its page (`make diagrams`).

One table (`GENERATORS`) says, for each, where the stamps are, what they were made
from and the command that remakes them; `stale()` compares every stamp with the
source as it is now. A new kind of generated file is one more entry, and
`tests/test_freshness.py` checks them all. `python -m tools freshness` prints the
same report.

Standard library only.
"""

import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAYGROUND_RECORD = ROOT / "playground" / "results.json"
EXAMPLES = ROOT / "examples"
FIGURES = ROOT / "docs" / "figures"
CHARTS = ROOT / "docs" / "benchmarks" / "charts"


@dataclass(frozen=True)
class Stamp:
    """What a generated file says it was made from."""

    generated: str  # the file, from the repository root
    source: str  # what it was made from, from the repository root
    sha256: str | None  # the source's digest when the file was made; None: never
    # The digest it must have now, where it is not the whole source file's.
    current: str | None = None


@dataclass(frozen=True)
class Generator:
    """One kind of generated file: where its stamps are and what remakes it."""

    what: str
    command: str
    stamps: Callable[[], Iterator[Stamp]]


@dataclass(frozen=True)
class Stale:
    generated: str
    source: str
    why: str
    command: str

    def __str__(self) -> str:
        return f"{self.generated}: {self.source} {self.why}; run `{self.command}`"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def playground_stamps() -> Iterator[Stamp]:
    """A verdict per example in the record, and a missing one per new example."""
    record = json.loads(PLAYGROUND_RECORD.read_text(encoding="utf-8"))["examples"]
    names = {
        path.relative_to(EXAMPLES).as_posix() for path in EXAMPLES.rglob("*.py")
    } | set(record)
    for name in sorted(names):
        entry = record.get(name, {})
        yield Stamp(
            relative(PLAYGROUND_RECORD), f"examples/{name}", entry.get("sha256")
        )


def svg_stamps(folder: Path, source: str, digest: str) -> Iterator[Stamp]:
    """The stamp on the root element of every SVG under `folder`: the attribute
    `source` names what it was drawn from, `digest` holds that file's SHA-256."""
    for path in sorted(folder.rglob("*.svg")):
        root = ET.parse(path).getroot()
        yield Stamp(relative(path), root.get(source, "(not named)"), root.get(digest))


def diagram_stamps() -> Iterator[Stamp]:
    """A drawing per diagram on the pages, and every drawing no page has."""
    from tools.site.diagrams import DOCS, DRAWINGS, FENCE, digest

    drawn = {path.stem for path in DRAWINGS.glob("*.svg")}
    used = set()
    for page in sorted(DOCS.rglob("*.md")):
        for match in FENCE.finditer(page.read_text(encoding="utf-8")):
            key = digest(match["source"])
            used.add(key)
            made = key if key in drawn else None
            yield Stamp(relative(DRAWINGS / f"{key}.svg"), relative(page), made, key)
    for key in sorted(drawn - used):
        yield Stamp(relative(DRAWINGS / f"{key}.svg"), "(a diagram no page has)", key)


GENERATORS = [
    Generator("playground verdicts", "make playground", playground_stamps),
    Generator(
        "timeline figures",
        "make figures",
        lambda: svg_stamps(FIGURES, "data-example", "data-source-sha256"),
    ),
    Generator(
        "benchmark charts",
        "make bench",
        lambda: svg_stamps(CHARTS, "data-results", "data-results-sha256"),
    ),
    Generator("diagram drawings", "make diagrams", diagram_stamps),
]


def stale(generators: list[Generator] = GENERATORS) -> list[Stale]:
    """Every stamp that does not match its source as it is now."""
    found = []
    for generator in generators:
        for stamp in generator.stamps():
            source = ROOT / stamp.source
            if not source.is_file():
                why = "is gone"
            elif stamp.sha256 is None:
                why = "is new: nothing was made from it yet"
            elif stamp.sha256 != (stamp.current or sha256(source)):
                why = "changed since it was made"
            else:
                continue
            found.append(Stale(stamp.generated, stamp.source, why, generator.command))
    return found


def main(argv: list[str] | None = None) -> int:
    """`python -m tools freshness`: list what is out of date; exit 1 if anything."""
    import argparse

    argparse.ArgumentParser(
        prog="python -m tools freshness", description=__doc__.split("\n\n")[0]
    ).parse_args(argv)
    found = stale()
    for item in found:
        print(item)
    print(
        f"{len(found)} out of date" if found else "every generated file is up to date"
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
