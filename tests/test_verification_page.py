""" "How this guide is verified" shows the results files' figures, and only fresh ones.

The page's tables come from `tools/site/verification.py`, a Markdown extension that
reads `.results/suite.json`, `.results/audit.json` and
`docs/benchmarks/results/*.json` at build time. These tests give it fixture files
(present, missing, malformed, stale), then check the built page against the real
files, and fail when a benchmark's figures are older than its module.
"""

import html
import json
import platform
import re
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from tools import results, suite
from tools.site.verification import (
    ResultsError,
    Sources,
    VerificationExtension,
    sha256,
    stale_benchmarks,
)

PAGE = Path("about") / "verified" / "index.html"

SUITE = {
    "date": "2026-12-04T17:36:32+00:00",
    "machine": {"cores": 2, "system": "Linux 6.1", "processor": "x86_64"},
    "commit": "0123456789abcdef0123456789abcdef01234567",
    "dirty": True,
    "python_versions": {"3.13": "3.13.0", "3.14": "3.14.2"},
    "phases": [
        {"python": "3.13", "name": "parallel", "seconds": 61.4, "status": 0},
        {"python": "3.14", "name": "exclusive", "seconds": 179.6, "status": 1},
    ],
    "total_seconds": 241.0,
}
AUDIT = {
    "date": "2026-12-04T09:12:00Z",
    "machine": {"cores": 2},
    "python": {"version": "3.13.0"},
    "commit": "0123456789abcdef0123456789abcdef01234567",
    "lighthouse": {"version": "12.8.2"},
    "pages": {
        "/": {
            "performance": 100,
            "accessibility": 100,
            "best_practices": 100,
            "seo": 100,
            "cumulative_layout_shift": 0,
        },
        "/mistakes/": {
            "performance": 86,
            "accessibility": 100,
            "best_practices": 96,
            "seo": 100,
            "cumulative_layout_shift": 0.26,
        },
    },
    "search": {"first set": {"found": 93, "searches": 111}},
}


def benchmark(root: Path, **changes: object) -> dict:
    """A results file for the fixture module `tools/bench/sweep.py` under `root`."""
    module = root / "tools" / "bench" / "sweep.py"
    module.parent.mkdir(parents=True, exist_ok=True)
    if not module.exists():
        module.write_text("NAME = 'sweep'\n")
    data = {
        "name": "sweep",
        "title": "A sweep of tasks",
        "machine": {"cores_available": 2, "cpu_model": "AMD EPYC"},
        "python": {"version": "3.13.0"},
        "date": "2026-12-05T01:00:00Z",
        "run_seconds": 75.1,
        "source": "tools/bench/sweep.py",
        "source_sha256": sha256(module),
        "measurements": {"threads.1": {"label": "threads", "median": 0.102}},
    }
    return data | changes


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def sources(root: Path) -> Sources:
    return Sources(
        suite=root / ".results" / "suite.json",
        audit=root / ".results" / "audit.json",
        benchmarks=root / "results",
        root=root,
    )


def render(root: Path, kind: str) -> str:
    where = sources(root)
    extension = VerificationExtension(
        suite=where.suite, audit=where.audit, benchmarks=where.benchmarks, root=root
    )
    return markdown.markdown(f"[[figures: {kind}]]", extensions=["tables", extension])


def cells(page: str) -> list[str]:
    """The text of every table cell and paragraph, tags and spacing dropped."""
    found = re.findall(r"<(?:td|th|p)[^>]*>(.*?)</(?:td|th|p)>", page, re.S)
    return [" ".join(html.unescape(re.sub("<[^>]+>", "", c)).split()) for c in found]


def test_suite_figures_show_each_phase_with_where_and_when(tmp_path: Path) -> None:
    write(tmp_path / ".results" / "suite.json", SUITE)
    shown = cells(render(tmp_path, "suite"))
    assert shown[0] == (
        "Measured on 2026-12-04 at 17:36 UTC (3.13.0, 3.14.2), on 2 cores, x86_64,"
        " Linux 6.1, at commit 0123456789 with uncommitted changes"
        " (not in this build's history)."
    )
    assert shown[6:10] == ["3.13.0", "parallel", "1 min 01 s", "passed"]
    assert shown[11:15] == ["3.14.2", "exclusive", "3 min 00 s", "failed"]
    assert shown[-1] == "The whole run: 4 min 01 s."


def test_audit_figures_show_every_page_and_the_blind_searches(tmp_path: Path) -> None:
    write(tmp_path / ".results" / "audit.json", AUDIT)
    shown = cells(render(tmp_path, "audit"))
    assert shown[0].startswith("Measured on 2026-12-04 at 09:12 UTC (Lighthouse 12.8.2")
    assert shown[13:19] == ["/mistakes/", "86", "100", "96", "100", "0.26"]
    assert shown[-2:] == ["first set", "93 of 111, 83.8%"]


def test_benchmark_figures_say_their_module_is_unchanged(tmp_path: Path) -> None:
    write(tmp_path / "results" / "sweep.json", benchmark(tmp_path))
    shown = cells(render(tmp_path, "benchmarks"))
    assert shown[7:] == [
        "A sweep of tasks",
        "1",
        "3.13.0",
        "2 cores, AMD EPYC",
        "2026-12-05",
        "1 min 15 s",
        "tools/bench/sweep.py unchanged since",
    ]
    assert stale_benchmarks(sources(tmp_path)) == []


@pytest.mark.parametrize(
    ("kind", "command", "file"),
    [
        ("suite", "make test", ".results/suite.json"),
        ("audit", "make audit", ".results/audit.json"),
        ("benchmarks", "make bench", "results"),
    ],
)
def test_a_missing_results_file_names_the_command_that_writes_it(
    tmp_path: Path, kind: str, command: str, file: str
) -> None:
    assert cells(render(tmp_path, kind)) == [
        f"Not measured in this build: {command} writes {file}, and the next build"
        " shows its figures here."
    ]


@pytest.mark.parametrize(
    ("kind", "path", "content", "error"),
    [
        ("suite", ".results/suite.json", "{", r"\.results/suite\.json: not JSON"),
        (
            "suite",
            ".results/suite.json",
            {k: v for k, v in SUITE.items() if k != "phases"},
            r"\.results/suite\.json: field 'phases' is missing",
        ),
        (
            "suite",
            ".results/suite.json",
            SUITE | {"phases": [{"python": "3.13", "name": "x", "status": 0}]},
            r"suite\.json: phases\[0\]: field 'seconds' is missing",
        ),
        (
            "suite",
            ".results/suite.json",
            SUITE | {"date": "yesterday"},
            r"suite\.json: field 'date' is 'yesterday'",
        ),
        (
            "audit",
            ".results/audit.json",
            AUDIT | {"pages": {"/": {"performance": "high"}}},
            r"audit\.json: pages\['/'\]: field 'performance' is 'high'",
        ),
        (
            "audit",
            ".results/audit.json",
            AUDIT | {"search": {"first": {"found": 3}}},
            r"audit\.json: search\['first'\]: field 'searches' is missing",
        ),
    ],
)
def test_a_malformed_results_file_fails_the_build_naming_the_field(
    tmp_path: Path, kind: str, path: str, content: object, error: str
) -> None:
    write(tmp_path / path, content)
    with pytest.raises(ResultsError, match=error):
        render(tmp_path, kind)


def test_a_benchmark_is_stale_once_its_module_changes(tmp_path: Path) -> None:
    write(tmp_path / "results" / "sweep.json", benchmark(tmp_path))
    (tmp_path / "tools" / "bench" / "sweep.py").write_text("NAME = 'changed'\n")
    assert stale_benchmarks(sources(tmp_path)) == [
        "results/sweep.json: stale: `tools/bench/sweep.py` changed since;"
        " run `make bench`"
    ]
    assert cells(render(tmp_path, "benchmarks"))[-1] == (
        "stale: tools/bench/sweep.py changed since; run make bench"
    )


def test_a_benchmark_without_its_module_stamp_is_refused(tmp_path: Path) -> None:
    """A results file that does not name its module's digest cannot be dated."""
    unstamped = benchmark(tmp_path)
    del unstamped["source_sha256"]
    write(tmp_path / "results" / "sweep.json", unstamped)
    with pytest.raises(ResultsError, match="field 'source_sha256' is missing"):
        render(tmp_path, "benchmarks")


def test_no_benchmark_on_the_page_is_older_than_its_module() -> None:
    """The committed results: `make bench` remakes any whose module changed."""
    stale = stale_benchmarks()
    assert not stale, "figures older than their source:\n" + "\n".join(stale)


def test_the_built_page_shows_the_figures_of_the_results_files(site: Path) -> None:
    """Read independently of the extension: each benchmark's row, each phase."""
    shown = cells((site / PAGE).read_text(encoding="utf-8"))
    root = Path(__file__).resolve().parent.parent
    results = sorted((root / "docs" / "benchmarks" / "results").glob("*.json"))
    for path in (path for path in results if path.name != "run.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        row = [data["title"], str(len(data["measurements"])), data["python"]["version"]]
        start = shown.index(data["title"])
        assert shown[start : start + 3] == row, path.name
        assert shown[start + 4] == data["date"][:10], path.name
    suite = root / ".results" / "suite.json"
    if not suite.is_file():
        assert any(
            text.startswith("Not measured in this build: make test") for text in shown
        )
        return
    data = json.loads(suite.read_text(encoding="utf-8"))
    summaries = [phase.get("summary", "") for phase in data["phases"]]
    assert [text for text in shown if text in summaries] == summaries


def test_the_suite_records_the_commit_and_each_pythons_full_version() -> None:
    """What the page prints next to the suite's figures: `make test` must write it."""
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=suite.ROOT, capture_output=True, text=True
    ).stdout.strip()
    assert results.source_commit()["commit"] == head
    running = f"{sys.version_info.major}.{sys.version_info.minor}"  # its env exists
    assert suite.python_versions([running]) == {running: platform.python_version()}
