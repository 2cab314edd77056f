"""Markdown extension: quote numbers from the saved benchmark results in the pages.

A page writes ``{{ bench.io_sweep.threads.1000.median }}``: the results file
``docs/benchmarks/results/io_sweep.json``, then the path to a measurement's
value (``measurements`` is implied; a key may contain dots, as the measurement
``threads.1000`` does) or to another value of the file (``machine.cpu_model``).
The build puts the value there, formatted by what it is (``0.104 s``, ``1.04x``,
``93%``). Two special endings: ``.table`` gives the Markdown table of every
measurement in the file, and ``.where`` a sentence naming the machine, the Python
and the date.

An unknown file or key fails the build, naming the page, the placeholder and what
exists instead: a number on the site is never typed by hand, and never missing.
Results written by ``make bench QUICK=1`` fail a strict build too.

Listed in ``mkdocs.yml`` under ``markdown_extensions`` as ``tools.site.bench_figures``:
a Python-Markdown extension, so MkDocs and Zensical both run it (a MkDocs hook left
the placeholders raw under Zensical). It reads the page's own Markdown, before the
snippets are included, as the hook did.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from tools.site.page import page_name

log = logging.getLogger("mkdocs.extensions.bench")
DOCS = Path(__file__).resolve().parents[2] / "docs"
RESULTS = DOCS / "benchmarks" / "results"
PLACEHOLDER = re.compile(r"\{\{\s*bench\b(?P<path>[^}]*?)\s*\}\}")
NAME = re.compile(r"\.(?P<name>[a-z0-9_]+)(?P<rest>(\.[\w.\-]+)?)")
SECONDS = {
    "median",
    "min",
    "max",
    "ideal",
    "published",
    "latency",
    "run_seconds",
    "ideal_plus_cpu",
}
TIMES = {"ratio_to_ideal", "ratio_to_ideal_plus_cpu", "speedup", "published_speedup"}
PERCENT = {"efficiency", "spread", "published_efficiency"}
COUNTS = ("tasks", "workers", "threads", "downloads")
_loaded: dict[Path, tuple[float, dict[str, Any]]] = {}


def seconds(value: float) -> str:
    """Three significant figures: 0.104 s, 4.62 s, 23.1 s; 150 s and above: whole."""
    return f"{value:.0f} s" if value >= 100 else f"{value:.3g} s"


def milliseconds(value: float) -> str:
    """CPU times, often a few thousandths of a second: 0.74 ms, 7.1 ms, 642 ms."""
    ms = value * 1000
    return f"{ms:.2g} ms" if ms < 10 else f"{ms:.0f} ms"


def format_value(key: str, value: Any) -> str:
    """A value as a reader sees it, chosen by the key it is stored under."""
    if isinstance(value, bool | str):
        return str(value)
    if isinstance(value, int | float):
        if key in {"cpu", "server_cpu"}:
            return milliseconds(value)
        if key == "run_seconds" and value >= 60:
            return f"{value / 60:.1f} minutes ({value:.0f} s)"
        if key in SECONDS:
            return seconds(value)
        if key in TIMES:
            return f"{value:.2f}x"
        if key in PERCENT:
            return f"{value:.0%}"
        return f"{value:,}" if isinstance(value, int) else f"{value:g}"
    raise ValueError(f"{key!r} is not a single value: use one of {sorted(value)}")


def load(results_dir: Path, name: str) -> dict[str, Any]:
    path = results_dir / f"{name}.json"
    if not path.is_file():
        known = sorted(p.stem for p in results_dir.glob("*.json"))
        raise ValueError(
            f"no results file {path.name} (run `make bench`); there are {known}"
        )
    mtime = path.stat().st_mtime
    if path not in _loaded or _loaded[path][0] != mtime:
        results = json.loads(path.read_text(encoding="utf-8"))
        if results.get("profile") != "full":
            log.warning(
                "%s was written by `make bench` with profile %r, not the full one:"
                " run `make bench` before publishing",
                path.name,
                results.get("profile"),
            )
        _loaded[path] = (mtime, results)
    return _loaded[path][1]


def lookup(data: Any, path: str) -> tuple[str, Any]:
    """Walk `path` into `data`; a key may contain dots, the longest match wins."""
    parts, key = path.split("."), ""
    while parts:
        if not isinstance(data, dict):
            raise ValueError(f"{key!r} has no {'.'.join(parts)!r}")
        for size in range(len(parts), 0, -1):
            candidate = ".".join(parts[:size])
            if candidate in data:
                data, key, parts = data[candidate], candidate, parts[size:]
                break
        else:
            raise ValueError(
                f"no {'.'.join(parts)!r} in {key or 'the file'}: it has {sorted(data)}"
            )
    return key, data


def where(results: dict[str, Any]) -> str:
    machine, python = results["machine"], results["python"]
    return (
        f"{machine['cores_available']} cores ({machine['cpu_model']}),"
        f" {python['implementation']} {python['version']}, measured"
        f" {results['date'][:10]}"
    )


def table(results: dict[str, Any]) -> str:
    """Every measurement of a results file as a Markdown table."""
    rows = list(results["measurements"].values())
    count = next((key for key in COUNTS if any(key in row for row in rows)), None)
    columns: list[tuple[str, str]] = [("what", "label")]
    if count:
        columns.append((count, count))
    if any("published" in row for row in rows):
        columns.append(("published", "published"))
    columns += [("median", "median"), ("spread", "spread")]
    if not any("published" in row for row in rows):  # keep published tables narrow
        columns.append(("ideal", "ideal"))
    columns.append(("median / ideal", "ratio_to_ideal"))
    if any("cpu" in row for row in rows):
        columns += [
            ("CPU", "cpu"),
            ("median / (ideal + CPU)", "ratio_to_ideal_plus_cpu"),
        ]
    if any("server_cpu" in row for row in rows):
        columns.append(("server CPU", "server_cpu"))
    if any("published_speedup" in row for row in rows):
        columns.append(("published speed-up", "published_speedup"))
    if any("speedup" in row for row in rows):
        columns.append(("speed-up", "speedup"))
    lines = [
        "| " + " | ".join(title for title, _ in columns) + " |",
        "| --- |" + " ---: |" * (len(columns) - 1),
    ]
    for row in rows:
        cells = []
        for _, key in columns:
            if key in row:
                cells.append(format_value(key, row[key]))
            else:
                cells.append("")
        lines.append("| " + " | ".join(cells) + " |")
    runs = {row["repeats"] for row in rows}
    lines.append("")
    load = results.get("load_average_at_start")
    busy = f", load average {load:g} as it started" if load is not None else ""
    lines.append(
        f"*{' or '.join(map(str, sorted(runs)))} runs each; {where(results)}{busy}.*"
    )
    return "\n".join(lines)


def render(placeholder: str, results_dir: Path) -> str:
    """The text that replaces one placeholder's path, such as ``.io_sweep.table``."""
    match = NAME.fullmatch(placeholder)
    if not match:
        raise ValueError("write {{ bench.<results file>.<key>... }}")
    results = load(results_dir, match["name"])
    rest = match["rest"].removeprefix(".")
    if rest == "table":
        return table(results)
    if rest == "where":
        return where(results)
    if not rest:
        raise ValueError("name a value inside the file, or .table or .where")
    key, value = lookup(_root_of(results, rest), rest)
    return format_value(key, value)


def _root_of(results: dict[str, Any], path: str) -> dict[str, Any]:
    """Where `path` starts: a measurement (``threads.10...``) or the file's top."""
    parts = path.split(".")
    prefixes = {".".join(parts[:size]) for size in range(1, len(parts) + 1)}
    if prefixes & set(results["measurements"]):
        return results["measurements"]
    if prefixes & set(results):
        return results
    raise ValueError(
        f"no {path!r}: the measurements are {sorted(results['measurements'])},"
        f" the other keys {sorted(results)}"
    )


class BenchFigureError(Exception):
    """A placeholder that names no saved figure: the build stops on it."""


def replace_placeholders(markdown: str, results_dir: Path, page: str) -> str:
    """`markdown` with every placeholder replaced; BenchFigureError for a bad one."""

    def replace(match: re.Match[str]) -> str:
        try:
            return render(match["path"].strip(), results_dir)
        except (ValueError, KeyError) as error:
            raise BenchFigureError(f"{page}: {match[0]}: {error}") from None

    return PLACEHOLDER.sub(replace, markdown)


class BenchPlaceholders(Preprocessor):
    """Replace every ``{{ bench... }}`` of the page's Markdown with its figure."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "{{" not in text:
            return lines
        return replace_placeholders(text, RESULTS, page_name(self.md)).split("\n")


class BenchFiguresExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Above pymdownx.snippets (32): the page's own text, as the MkDocs hook saw
        # it, so that CONTRIBUTING.md, included, can show the syntax itself.
        md.preprocessors.register(BenchPlaceholders(md), "bench_figures", 35)


def makeExtension(**kwargs: Any) -> BenchFiguresExtension:
    return BenchFiguresExtension(**kwargs)
