"""Everything that belongs to one chapter, and the command that remakes each part.

`make chapter C=threads/the_gil` (or `python -m tools chapter` with the chapter's
folder, its page or one of its examples) prints what the chapter's manifest says
(`tools/examples/chapters.py`): the page, each example with its settings and the
command that tests it, the timeline figures; then what is found on the page and in
the records: the other pages that show its examples, the benchmark results and the
diagrams the page uses, whether each example runs in the browser, and which of the
files generated from the chapter are out of date.
"""

import argparse
import json
import re
import sys
from pathlib import Path

from tools.examples.chapters import EXAMPLES, ROOT, Chapter, chapters
from tools.freshness import PLAYGROUND_RECORD, stale
from tools.site.bench_figures import NAME, PLACEHOLDER, RESULTS
from tools.site.diagrams import FENCE, drawing

INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)', re.MULTILINE)


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def names_of(chapter: Chapter) -> set[str]:
    """What a contributor may type for a chapter: its folder, its page or one of its
    examples, with or without the `examples/` or `docs/` in front."""
    page = chapter.page.removesuffix(".md")
    examples = [relative(path) for path in chapter.examples]
    return {
        *(chapter.name, f"examples/{chapter.name}"),
        *(chapter.page, page, page.removeprefix("docs/")),
        *examples,
        *(example.removeprefix("examples/") for example in examples),
    }


def find(name: str) -> Chapter:
    wanted = name.strip().removesuffix("/")
    for chapter in chapters():
        if wanted in names_of(chapter):
            return chapter
    raise LookupError(
        f"no chapter is called {name!r}: give its folder under examples/"
        " (threads/the_gil), its page (docs/threads/the-gil.md) or an example"
    )


def pages_showing() -> dict[str, list[str]]:
    """Every example path, with the pages that include it."""
    shown: dict[str, list[str]] = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for match in INCLUDE.finditer(page.read_text(encoding="utf-8")):
            shown.setdefault(match["path"], []).append(relative(page))
    return shown


def settings_lines(table: dict) -> list[str]:
    """One line per setting: the value, then its reason."""
    lines = []
    for key, value in table.items():
        if isinstance(value, dict):
            values = ", ".join(f"{k} = {v}" for k, v in value.items() if k != "why")
            lines.append(f"{key}: {values} ({value.get('why')})")
        else:
            lines.append(f"{key}: {value}")
    return lines


def playground_line(entry: dict | None) -> str:
    if entry is None:
        return "playground: not recorded yet (make playground)"
    if entry.get("runs"):
        return "playground: runs in the browser (a Run button)"
    return f"playground: no Run button ({entry.get('reason')}: {entry.get('detail')})"


def report(chapter: Chapter) -> list[str]:
    page_text = (ROOT / chapter.page).read_text(encoding="utf-8")
    shown = pages_showing()
    record = json.loads(PLAYGROUND_RECORD.read_text(encoding="utf-8"))["examples"]
    lines = [
        f"{chapter.name}: {relative(chapter.manifest)}",
        f"page: {chapter.page}",
        "",
        "examples (`make test-example K=<path>` tests one on every Python):",
    ]
    for path in chapter.examples:
        name = path.relative_to(EXAMPLES).as_posix()
        lines.append(f"  {name}")
        details = settings_lines(chapter.settings.get(path.name, {}))
        others = [
            page for page in shown.get(relative(path), []) if page != chapter.page
        ]
        details += [f"also on {page}" for page in others]
        details.append(playground_line(record.get(name)))
        lines += [f"    {detail}" for detail in details]
    if chapter.timelines:
        lines += [
            "",
            "timeline figures (`python -m tools figures <example>` redraws one):",
        ]
        lines += [
            f"  {relative(figure.path)}, from {Path(figure.example).name}"
            for figure in chapter.timelines
        ]
    results = sorted(
        {
            f"{relative(RESULTS)}/{NAME.match(match['path'])['name']}.json"
            for match in PLACEHOLDER.finditer(page_text)
            if NAME.match(match["path"])
        }
    )
    if results:
        lines += ["", "benchmark results its page quotes (`make bench` remeasures):"]
        lines += [f"  {path}" for path in results]
    diagrams = [drawing(match["source"]) for match in FENCE.finditer(page_text)]
    if diagrams:
        lines += ["", "diagrams on its page (`make diagrams` draws them):"]
        lines += [f"  {relative(path)}" for path in diagrams]
    sources = {relative(path) for path in chapter.examples} | {chapter.page, *results}
    out_of_date = [str(item) for item in stale() if item.source in sources]
    lines += ["", "out of date:" if out_of_date else "generated files: all up to date"]
    lines += [f"  {item}" for item in out_of_date]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools chapter", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "name",
        metavar="CHAPTER",
        help="its folder under examples/ (threads/the_gil), its page or an example",
    )
    name = parser.parse_args(argv).name
    try:
        chapter = find(name)
    except LookupError as error:
        parser.error(str(error))
    print("\n".join(report(chapter)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
