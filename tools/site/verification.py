"""The figures of "How this guide is verified", read from results files at build time.

A line `[[figures: suite]]`, `[[figures: audit]]` or `[[figures: benchmarks]]` in a
page becomes the tables of that results file, each with the machine, the Python, the
commit and the date it was measured on. Nothing on the page is typed by hand, and a
new figure never needs a commit: `make test`, `make audit` and `make bench` rewrite
the files and the next build shows them. It is a Python-Markdown extension (listed in
`mkdocs.yml`'s `markdown_extensions`), so MkDocs and Zensical both run it.

- A missing file is not an error: the page says which command writes it.
- A malformed file (not JSON, a required field missing or of the wrong type) fails
  the build with the file and the field.

The files and what each figure is measured against ("its source"):

- `.results/suite.json` (`make test`, `tools/suite.py`): `date`, `phases` (each
  `python`, `name`, `seconds`, `status`); optional `machine`, `commit`, `dirty`,
  `python_versions`. Its source is the whole tree: the page shows the commit next to
  the figures and how many commits this build is ahead of it.
- `.results/audit.json` (`make audit`): `date`, `pages` (URL to `performance`,
  `accessibility`, `best_practices`, `seo`, 0-100, and `cumulative_layout_shift`);
  optional `search` (set name to `found` and `searches`), `machine`, `python`,
  `commit`, `dirty`, `lighthouse`. Its source is the tree too, shown the same way.
- `docs/benchmarks/results/<name>.json` (`make bench`): a comparison's source is its
  module, `tools/bench/<name>.py`; the file records `source` and `source_sha256`, and
  `stale_benchmarks()` names every file whose module has changed since it was made
  (`tests/test_verification_page.py` fails on any); a file without the stamp stops
  the build.
"""

import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / ".results" / "suite.json"
AUDIT = ROOT / ".results" / "audit.json"
BENCHMARKS = ROOT / "docs" / "benchmarks" / "results"
MARKER = re.compile(r"^\[\[figures: (?P<kind>\w+)\]\]\s*$")
SCORES = ("performance", "accessibility", "best_practices", "seo")


class ResultsError(ValueError):
    """A results file the page cannot read: names the file and the field."""


@dataclass(frozen=True)
class Sources:
    """Where the results files are (tests point these at fixtures)."""

    suite: Path = SUITE
    audit: Path = AUDIT
    benchmarks: Path = BENCHMARKS
    root: Path = ROOT


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load(path: Path, root: Path) -> dict[str, Any] | None:
    """The file's JSON object, None when it does not exist."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ResultsError(f"{relative(path, root)}: not JSON ({error})") from None
    if not isinstance(data, dict):
        raise ResultsError(f"{relative(path, root)}: not a JSON object")
    return data


def field(data: dict, name: str, kind: type | tuple, where: str) -> Any:
    """`data[name]`, refused with the file and the field when missing or mistyped."""
    if name not in data:
        raise ResultsError(f"{where}: field {name!r} is missing")
    value = data[name]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ResultsError(f"{where}: field {name!r} is {value!r}")
    return value


def not_measured(path: Path, root: Path, command: str) -> list[str]:
    return [
        f"Not measured in this build: `{command}` writes "
        f"`{relative(path, root)}`, and the next build shows its figures here."
    ]


def describe_machine(machine: Any) -> str:
    if not isinstance(machine, dict):
        return "machine not recorded"
    cores = machine.get("cores", machine.get("cores_available"))
    parts = [f"{cores} cores" if cores else None]
    parts.append(machine.get("cpu_model") or machine.get("processor"))
    parts.append(machine.get("system") or machine.get("platform"))
    return ", ".join(str(part) for part in parts if part)


def describe_commit(data: dict, root: Path) -> str:
    """The commit the figures were measured on, and how far this build is from it."""
    commit = data.get("commit")
    if not isinstance(commit, str) or not commit:
        return "commit not recorded"
    text = f"commit `{commit[:10]}`"
    if data.get("dirty"):
        text += " with uncommitted changes"
    ahead = commits_since(commit, root)
    if ahead is None:
        return f"{text} (not in this build's history)"
    if ahead == 0:
        return f"{text} (this build's commit)"
    return f"{text} ({ahead} commit{'s' if ahead > 1 else ''} before this build)"


def commits_since(commit: str, root: Path) -> int | None:
    try:
        completed = subprocess.run(
            ["git", "rev-list", "--count", f"{commit}..HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return int(completed.stdout) if completed.returncode == 0 else None


def provenance(data: dict, where: str, python: str, root: Path) -> str:
    date = field(data, "date", str, where)
    try:
        when = datetime.fromisoformat(date.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        raise ResultsError(f"{where}: field 'date' is {date!r}") from None
    machine = data.get("machine", data)  # the suite's first files had it at the top
    return (
        f"Measured on {when:%Y-%m-%d at %H:%M} UTC ({python}), on "
        f"{describe_machine(machine)}, at {describe_commit(data, root)}."
    )


def minutes(seconds: float) -> str:
    seconds = round(seconds)
    return (
        f"{seconds:.0f} s"
        if seconds < 60
        else f"{seconds // 60:.0f} min {seconds % 60:02.0f} s"
    )


def suite_figures(sources: Sources) -> list[str]:
    data = load(sources.suite, sources.root)
    if data is None:
        return not_measured(sources.suite, sources.root, "make test")
    where = relative(sources.suite, sources.root)
    phases = field(data, "phases", list, where)
    versions = data.get("python_versions")
    versions = versions if isinstance(versions, dict) else {}
    rows = []
    for number, phase in enumerate(phases):
        at = f"{where}: phases[{number}]"
        if not isinstance(phase, dict):
            raise ResultsError(f"{at}: not an object")
        python = field(phase, "python", str, at)
        status = field(phase, "status", int, at)
        seconds = field(phase, "seconds", (int, float), at)
        rows.append(
            f"| {versions.get(python, python)} | {field(phase, 'name', str, at)} "
            f"| {minutes(seconds)} | {'passed' if status == 0 else 'failed'} "
            f"| {phase.get('summary', '')} |"
        )
    shown = ", ".join(versions.values()) or "Python " + ", ".join(
        sorted({phase["python"] for phase in phases})
    )
    lines = [provenance(data, where, shown, sources.root), ""]
    lines += [
        "| Python | Phase | Wall time | Result | Tests |",
        "| --- | --- | ---: | --- | --- |",
        *rows,
    ]
    total = data.get("total_seconds")
    if isinstance(total, (int, float)):
        lines += ["", f"The whole run: {minutes(total)}."]
    return lines


def audit_figures(sources: Sources) -> list[str]:
    data = load(sources.audit, sources.root)
    if data is None:
        return not_measured(sources.audit, sources.root, "make audit")
    where = relative(sources.audit, sources.root)
    pages = field(data, "pages", dict, where)
    python = data.get("python")
    python = python.get("version") if isinstance(python, dict) else python
    lighthouse = data.get("lighthouse")
    tool = (
        f"Lighthouse {lighthouse.get('version')}"
        if isinstance(lighthouse, dict)
        else "Lighthouse"
    )
    lines = [provenance(data, where, f"{tool}, Python {python}", sources.root), ""]
    lines += [
        "| Page | Performance | Accessibility | Best practices | SEO | Layout shift |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for url, scores in pages.items():
        at = f"{where}: pages[{url!r}]"
        if not isinstance(scores, dict):
            raise ResultsError(f"{at}: not an object")
        cells = [str(field(scores, name, (int, float), at)) for name in SCORES]
        shift = field(scores, "cumulative_layout_shift", (int, float), at)
        lines.append(f"| `{url}` | {' | '.join(cells)} | {shift:g} |")
    search = data.get("search")
    if search is not None:
        if not isinstance(search, dict):
            raise ResultsError(f"{where}: field 'search' is {search!r}")
        lines += [
            "",
            "| Blind searches | Found in the top three |",
            "| --- | ---: |",
        ]
        for name, counts in search.items():
            at = f"{where}: search[{name!r}]"
            if not isinstance(counts, dict):
                raise ResultsError(f"{at}: not an object")
            found = field(counts, "found", int, at)
            total = field(counts, "searches", int, at)
            share = f"{100 * found / total:.1f}%" if total else "-"
            lines.append(f"| {name} | {found} of {total}, {share} |")
    return lines


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def benchmark_files(sources: Sources) -> list[Path]:
    """Every comparison's results file (`run.json`, the run's record, is not one)."""
    return sorted(
        path for path in sources.benchmarks.glob("*.json") if path.name != "run.json"
    )


def benchmark_source(data: dict, where: str, sources: Sources) -> str:
    """Whether the module the results came from is as it was when they were made."""
    stamp = field(data, "source_sha256", str, where)
    source = sources.root / field(data, "source", str, where)
    if not source.is_file():
        return f"stale: `{data['source']}` is gone; run `make bench`"
    if stamp != sha256(source):
        return f"stale: `{data['source']}` changed since; run `make bench`"
    return f"`{data['source']}` unchanged since"


def stale_benchmarks(sources: Sources = Sources()) -> list[str]:
    """Every results file whose benchmark module changed since it was made."""
    found = []
    for path in benchmark_files(sources):
        where = relative(path, sources.root)
        state = benchmark_source(load(path, sources.root), where, sources)
        if state.startswith("stale"):
            found.append(f"{where}: {state}")
    return found


def measurement_count(measurements: dict, where: str) -> int:
    for key, entry in measurements.items():
        at = f"{where}: measurements[{key!r}]"
        if not isinstance(entry, dict):
            raise ResultsError(f"{at}: not an object")
        field(entry, "median", (int, float), at)
    return len(measurements)


def benchmark_figures(sources: Sources) -> list[str]:
    files = benchmark_files(sources)
    if not files:
        return not_measured(sources.benchmarks, sources.root, "make bench")
    lines = [
        "| Comparison | Measurements | Python | Machine | Date | Run time | Source |",
        "| --- | ---: | --- | --- | --- | ---: | --- |",
    ]
    for path in files:
        where = relative(path, sources.root)
        data = load(path, sources.root)
        python = field(data, "python", dict, where)
        version = field(python, "version", str, f"{where}: python")
        measurements = field(data, "measurements", dict, where)
        run = data.get("run_seconds")
        count = measurement_count(measurements, where)
        lines.append(
            f"| {field(data, 'title', str, where)} | {count} "
            f"| {version} | {describe_machine(field(data, 'machine', dict, where))} "
            f"| {field(data, 'date', str, where)[:10]} "
            f"| {minutes(run) if isinstance(run, (int, float)) else '-'} "
            f"| {benchmark_source(data, where, sources)} |"
        )
    return lines


FIGURES = {
    "suite": suite_figures,
    "audit": audit_figures,
    "benchmarks": benchmark_figures,
}


class FiguresPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, sources: Sources) -> None:
        super().__init__(md)
        self.sources = sources

    def run(self, lines: list[str]) -> list[str]:
        out = []
        for line in lines:
            match = MARKER.match(line)
            if match is None:
                out.append(line)
                continue
            kind = match["kind"]
            if kind not in FIGURES:
                raise ResultsError(f"unknown figures {kind!r}: one of {list(FIGURES)}")
            out += ["", *FIGURES[kind](self.sources), ""]
        return out


class VerificationExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "suite": [str(SUITE), "the suite's results file"],
            "audit": [str(AUDIT), "the audit's results file"],
            "benchmarks": [str(BENCHMARKS), "the folder of benchmark results"],
            "root": [str(ROOT), "the repository (for paths and commits)"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        settings = {key: Path(value) for key, value in self.getConfigs().items()}
        # Before the HTML block step (20) and after whitespace is normalised (30).
        md.preprocessors.register(
            FiguresPreprocessor(md, Sources(**settings)), "verification_figures", 25
        )


def makeExtension(**kwargs: Any) -> VerificationExtension:
    return VerificationExtension(**kwargs)
