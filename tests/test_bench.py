"""`make bench`: its results, its charts, the extension that quotes them, a smoke run.

The results in docs/benchmarks/results/ are committed so that the site shows the
latest full run; these tests check that they say where and how they were measured,
that every chart names its results and is shown on a page (that it was drawn from
their current state: `tests/test_freshness.py`), and
that a number quoted on a page cannot refer to a value that does not exist.
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markdown_blocks import DOCS, ROOT, pages

from tools.bench.__main__ import COMPARISONS
from tools.bench.measure import summary, with_cpu, with_server_cpu
from tools.site import bench_figures

pytestmark = pytest.mark.timeout(60)

RESULTS = DOCS / "benchmarks" / "results"
CHARTS = DOCS / "benchmarks" / "charts"
SVG = "{http://www.w3.org/2000/svg}"
PER_MEASUREMENT = ("repeats", "times", "median", "min", "max", "spread", "ideal")


def results_of(name: str) -> dict:
    return json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [*COMPARISONS, "run"])
def test_results_say_where_when_and_how_they_were_measured(name: str) -> None:
    results = results_of(name)
    assert results["name"] == name
    assert results["profile"] == "full", "publish only a full run: `make bench`"
    machine, python = results["machine"], results["python"]
    assert machine["platform"] and machine["cpu_model"]
    assert machine["cores_available"] >= 1
    assert python["version"] and python["implementation"] and python["build"]
    date = datetime.datetime.fromisoformat(results["date"])
    assert date.utcoffset() == datetime.timedelta(0), "dates are UTC"
    if name == "run":
        assert set(results["comparisons"]) == set(COMPARISONS)
        return
    assert results["measurements"], f"{name} measured nothing"
    for key, measured in results["measurements"].items():
        missing = [field for field in PER_MEASUREMENT if field not in measured]
        assert not missing, f"{name}: {key} lacks {missing}"
        assert len(measured["times"]) == measured["repeats"] >= 1
        assert measured["min"] <= measured["median"] <= measured["max"]
        assert measured["ideal"] > 0


def test_every_comparison_has_a_chart_and_every_chart_a_comparison() -> None:
    assert {path.stem for path in CHARTS.glob("*.svg")} == set(COMPARISONS)


@pytest.mark.parametrize("name", COMPARISONS)
def test_chart_names_its_own_results(name: str) -> None:
    """Whether it was drawn from their current state: tests/test_freshness.py."""
    root = ET.parse(CHARTS / f"{name}.svg").getroot()
    assert ROOT / root.get("data-results", "") == RESULTS / f"{name}.json"


@pytest.mark.parametrize("name", COMPARISONS)
def test_chart_is_labelled(name: str) -> None:
    root = ET.parse(CHARTS / f"{name}.svg").getroot()
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == results_of(name)["title"]
    assert desc is not None and "Measured" in (desc.text or "")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_every_chart_is_shown_on_a_page() -> None:
    text = "\n".join(page.read_text(encoding="utf-8") for page in pages())
    hidden = [
        path.name
        for path in sorted(CHARTS.glob("*.svg"))
        if f'--8<-- "{path.relative_to(ROOT).as_posix()}"' not in text
    ]
    assert not hidden, f"charts no page shows: {hidden}"


def test_every_placeholder_on_every_page_has_a_value() -> None:
    for page in pages():
        text = page.read_text(encoding="utf-8")
        replaced = bench_figures.replace_placeholders(text, RESULTS, page.name)
        assert "{{ bench" not in replaced, f"{page.name}: a placeholder is malformed"


def test_a_placeholder_is_replaced_by_the_formatted_value() -> None:
    measured = results_of("io_sweep")["measurements"]["threads.10"]
    text = (
        "{{ bench.io_sweep.threads.10.median }}, {{bench.io_sweep.threads.10.spread}}"
    )
    assert bench_figures.replace_placeholders(text, RESULTS, "page.md") == (
        f"{bench_figures.seconds(measured['median'])}, {measured['spread']:.0%}"
    )


def test_the_ideal_plus_cpu_adds_the_work_that_overlap_cannot_hide() -> None:
    result = with_cpu(summary([0.33, 0.31, 0.32], ideal=0.1), [0.19, 0.2, 0.21])
    assert (result["cpu"], result["ideal_plus_cpu"]) == (0.2, 0.3)
    assert result["ratio_to_ideal_plus_cpu"] == round(0.32 / 0.3, 4)
    results = {
        **results_of("io_sweep"),
        "measurements": {"a": {**result, "label": "a"}},
    }
    table = bench_figures.table(results)
    assert table.splitlines()[2].endswith("| 200 ms | 1.07x |")


def test_the_servers_cpu_time_is_its_median_and_a_column_of_its_own() -> None:
    result = summary([0.33, 0.31, 0.32], ideal=0.1)
    assert with_server_cpu(result, None) == result  # not readable: nothing added
    result = with_server_cpu(result, [0.25, 0.23, 0.24])
    assert result["server_cpu"] == 0.24
    results = {
        **results_of("io_sweep"),
        "measurements": {"a": {**result, "label": "a"}},
    }
    table = bench_figures.table(results)
    assert table.splitlines()[0].endswith("| server CPU |")
    assert table.splitlines()[2].endswith("| 240 ms |")


def test_the_servers_work_alone_rules_out_the_ideal_from_100_requests() -> None:
    # The claim of docs/benchmarks.md, "The server sets a limit of the same kind":
    # within 10% of one wait, the server's work would have to fit in a tenth of it.
    sweep = results_of("io_sweep")
    allowed = sweep["settings"]["latency"] / 10
    for tasks in (100, 1000):
        server_cpu = sweep["measurements"][f"asyncio.{tasks}"]["server_cpu"]
        assert server_cpu > allowed, (tasks, server_cpu)


@pytest.mark.parametrize(
    ("placeholder", "message"),
    [
        (
            "{{ bench.io_sweep.threads.100000.median }}",
            "no 'threads.100000.median': the measurements are [",
        ),
        ("{{ bench.io_sweep.threads.10.fastest }}", "no 'fastest' in threads.10"),
        ("{{ bench.no_such_file.median }}", "no results file no_such_file.json"),
        ("{{ bench.io_sweep.threads.10 }}", "is not a single value"),
        ("{{ bench }}", "write {{ bench.<results file>.<key>... }}"),
    ],
)
def test_an_unknown_placeholder_fails_the_build_saying_why(
    placeholder: str, message: str
) -> None:
    with pytest.raises(bench_figures.BenchFigureError) as failure:
        bench_figures.replace_placeholders(
            f"Text {placeholder} text", RESULTS, "page.md"
        )
    assert str(failure.value).startswith(f"page.md: {placeholder}: ")
    assert message in str(failure.value)


@pytest.mark.timeout(120)
def test_smoke_run_writes_results_and_charts(tmp_path: Path) -> None:
    names = ["io_sweep", "cpu_workers"]
    completed = subprocess.run(
        [
            *(sys.executable, "-m", "tools", "bench", "--profile", "smoke", *names),
            *("--results-dir", str(tmp_path), "--charts-dir", str(tmp_path)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    for name in names:
        results = json.loads((tmp_path / f"{name}.json").read_text())
        assert results["profile"] == "smoke"
        chart = ET.parse(tmp_path / f"{name}.svg").getroot()
        digest = hashlib.sha256((tmp_path / f"{name}.json").read_bytes()).hexdigest()
        assert chart.get("data-results-sha256") == digest
    measured = json.loads((tmp_path / "io_sweep.json").read_text())["measurements"]
    assert measured["asyncio.4"]["cpu"] > 0, "the client's own CPU time is recorded"
    assert measured["processes.4"]["server_cpu"] > 0, "so is the server's"
    assert not (tmp_path / "run.json").exists(), "a partial run records no run time"


@pytest.mark.parametrize(
    "command",
    [
        ["check", "tools/site/bench_figures.py", "tools/bench"],
        ["format", "--check", "tools/site/bench_figures.py", "tools/bench"],
    ],
)
def test_bench_code_passes_ruff(command: list[str]) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_make_bench_is_a_target() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^bench: ", makefile, re.MULTILINE)
    assert "-m tools bench" in makefile


def test_the_site_build_runs_the_extension() -> None:
    """Without it, pages would show `{{ bench... }}` instead of numbers."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = config.split("\nmarkdown_extensions:\n", 1)[1]
    assert re.search(r"^  - tools\.site\.bench_figures$", extensions, re.M)
