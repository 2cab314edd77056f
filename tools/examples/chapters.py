"""The chapters' manifests, `examples/<part>/<chapter>/chapter.toml`: what each holds.

A chapter is a folder of examples, and its manifest is the one place that says what
else belongs to it: the page that teaches them, the timeline figures drawn from
them, and each example's exceptions to the rules of the suite.

```toml
[chapter]
page = "docs/threads/the-gil.md"  # includes every example of the folder

[[timeline]]  # a figure drawn from a real run of one example (`make figures`)
example = "01_computing_threads_take_turns.py"
title = "One computing thread, then two computing threads taking turns"
description = "What the reader should see, in a sentence or two."
lanes = 'ThreadPoolExecutor-[01]_\\d+'  # regular expression: the lanes to draw
attempts = 3  # optional: runs to record, the fastest drawn (default 1)
crop_to = 'Thread-\\d+'  # optional: draw only while these lanes exist

["03_tiny_jobs.py"]  # an example's settings, each with its reason (`settings.py`)
exclusive = "measures a parallel speed-up: runs alone, after the rest of the suite"
```

The examples are the folder's `*.py` files. What a page quotes from elsewhere
(benchmark figures, diagrams) is written on the page, so it is not repeated here;
`python -m tools chapter <folder>` lists all of it, with what is generated from the
chapter and the command that remakes each. `tests/test_chapter_manifests.py` holds
every folder to its manifest. Standard library only.
"""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIGURES = ROOT / "docs" / "figures"
MANIFEST = "chapter.toml"

TIMELINE_KEYS = {"example", "title", "description", "lanes"}
TIMELINE_OPTIONAL = {"attempts", "crop_to"}


class ManifestError(ValueError):
    """A manifest missing, unreadable, or saying something that does not hold."""


@dataclass(frozen=True)
class TimelineFigure:
    """One timeline figure: which example, which lanes, and what it shows."""

    example: str  # path from the repository root
    title: str
    description: str  # what the reader should see, in a sentence or two
    lanes: str  # regular expression: the lanes to draw
    page: str  # the chapter's page, which shows the figure next to its example
    crop_to: str | None = None  # draw only while these lanes exist
    attempts: int = 1  # runs to record; the fastest is drawn

    @property
    def path(self) -> Path:
        """The SVG drawn from the example: `docs/figures/<example path>.svg`."""
        stem = Path(self.example).relative_to("examples").with_suffix(".svg")
        return FIGURES / stem

    @property
    def figure_id(self) -> str:
        return "tl-" + Path(self.example).stem.replace("_", "-")


@dataclass(frozen=True)
class Chapter:
    """A chapter folder and what its manifest says belongs to it."""

    folder: Path
    page: str  # from the repository root
    timelines: tuple[TimelineFigure, ...]
    settings: Mapping[str, object]  # an example's file name: its settings table

    @property
    def name(self) -> str:
        """`<part>/<chapter>`, the folder under `examples/`."""
        return self.folder.relative_to(EXAMPLES).as_posix()

    @property
    def manifest(self) -> Path:
        return self.folder / MANIFEST

    @property
    def examples(self) -> list[Path]:
        return sorted(self.folder.glob("*.py"))


def chapter_folders() -> list[Path]:
    """Every folder `examples/<part>/<chapter>/`."""
    return sorted(path for path in EXAMPLES.glob("*/*") if path.is_dir())


def _text(entry: Mapping, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ManifestError(f"{where}: `{key}` must be a non-empty string")
    return value


def _example(folder: Path, name: object, where: str) -> str:
    """An example of this folder, named by its file name."""
    if not isinstance(name, str) or "/" in name or not name.endswith(".py"):
        raise ManifestError(
            f"{where}: {name!r} is not a file name like '01_start_and_join.py';"
            " a chapter names only its own examples"
        )
    if not (folder / name).is_file():
        raise ManifestError(f"{where}: names {name!r}, no such example in the folder")
    return (folder / name).relative_to(ROOT).as_posix()


def _timeline(folder: Path, entry: object, page: str, where: str) -> TimelineFigure:
    if not isinstance(entry, dict):
        raise ManifestError(f"{where}: each [[timeline]] is a table")
    unknown = set(entry) - TIMELINE_KEYS - TIMELINE_OPTIONAL
    if unknown:
        raise ManifestError(f"{where}: unknown key(s) {sorted(unknown)}")
    attempts = entry.get("attempts", 1)
    if not isinstance(attempts, int) or attempts < 1:
        raise ManifestError(f"{where}: `attempts` must be a whole number from 1")
    return TimelineFigure(
        example=_example(folder, entry.get("example"), where),
        title=_text(entry, "title", where),
        description=_text(entry, "description", where),
        lanes=_text(entry, "lanes", where),
        page=page,
        crop_to=_text(entry, "crop_to", where) if "crop_to" in entry else None,
        attempts=attempts,
    )


def load(folder: Path) -> Chapter:
    """Read and check one folder's manifest (not yet its page: see the test)."""
    manifest = folder / MANIFEST
    where = manifest.relative_to(ROOT).as_posix()
    if not manifest.is_file():
        raise ManifestError(
            f"{where} is missing: every chapter folder names its page there"
            ' (`[chapter]` with `page = "docs/<part>/<chapter-name>.md"`)'
        )
    return parse(folder, manifest.read_text(encoding="utf-8"), where)


def parse(folder: Path, text: str, where: str) -> Chapter:
    """The manifest `text` of `folder`; `where` names it in errors."""
    try:
        entries = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ManifestError(f"{where}: {error}") from None
    chapter = entries.pop("chapter", None)
    if not isinstance(chapter, dict):
        raise ManifestError(f'{where}: needs a [chapter] table with `page = "..."`')
    unknown = set(chapter) - {"page"}
    if unknown:
        raise ManifestError(f"{where} [chapter]: unknown key(s) {sorted(unknown)}")
    page = _text(chapter, "page", f"{where} [chapter]")
    timelines = entries.pop("timeline", [])
    if not isinstance(timelines, list):
        raise ManifestError(f"{where}: write each timeline as [[timeline]]")
    settings = {}
    for key, table in entries.items():
        if not key.endswith(".py"):
            raise ManifestError(
                f"{where}: unknown table [{key}]: a manifest has [chapter],"
                ' [[timeline]] and ["NN_example.py"] tables of settings'
            )
        _example(folder, key, where)
        settings[key] = table
    return Chapter(
        folder=folder,
        page=page,
        timelines=tuple(
            _timeline(folder, entry, page, f"{where} [[timeline]] {number}")
            for number, entry in enumerate(timelines, 1)
        ),
        settings=settings,
    )


@cache
def chapters() -> tuple[Chapter, ...]:
    """Every chapter, in the order of its folder's path."""
    return tuple(load(folder) for folder in chapter_folders())
