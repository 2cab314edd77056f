"""`make test`: the whole suite on every Python, its waiting overlapped.

    python3 -m tools suite --pythons "3.12 3.13 3.14 3.15" --once-python 3.13

Three phases. First, on each Python, everything that waits (examples sleeping,
servers answering): `pytest -m "not exclusive"` with a few xdist workers, the suite
being itself a concurrency problem. `--at-once` Pythons at a time; by default two
when the cores are free at the start and one when another program holds them:
alone, one Python's waiting tests keep 0.8 of the two cores busy (3.15: 67 s of
wall time, 52 s of CPU), and two at once took 197 s for four Pythons where one at a
time took 300 s, every timing test passing; with `stress-ng --cpu 2` beside them,
two at once lost three timing tests; four at once, two workers each, loaded the
two cores 10 to 13 deep, and each run lost one to three timing tests (2026-12-04).
Their output goes
to `.results/logs/`, and a line says when each Python is done. Then, one Python at
a time, the tests that measure parallel computation (`-m exclusive`), so nothing
else steals the cores they measure. The tests marked `once` (the built site, the
browser, lint: they check the repository, not the interpreter) run on one Python,
`--once-python`; `none` leaves them out. The browser tests get a pytest session of
their own, after the waiting and before the measuring: Chromium running Pyodide
keeps both cores busy, and Playwright's synchronous API keeps an event loop running
in its worker, where the tests that run asyncio in-process (the timeline
recorder's, the demo server's) could not start theirs.

Every phase's wall time, and the whole run's, are written to
`.results/suite.json` with the machine and the date: they are benchmark figures
of this machine, not timed tests.

Runs on any Python 3.11+ with the standard library only (it starts before the
environments are used).
"""

import argparse
import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from tools.examples.free_cores import cores_for_this_process, free_cores
from tools.results import machine, source_commit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / ".results"
LOGS = RESULTS / "logs"
NO_TESTS_COLLECTED = 5  # pytest's exit status when a phase has nothing to run


@dataclass
class Phase:
    python: str
    name: str
    seconds: float
    status: int
    summary: str
    log: str | None = None


def pytest_command(python: str, *args: str) -> list[str]:
    return [
        "tools/pythons",
        "run",
        python,
        "python",
        "-m",
        "pytest",
        "-o",
        f"cache_dir=.pytest_cache/{python}",
        *args,
    ]


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip("= ") if lines else ""


# What each job of the parallel phase runs: the tests it selects, and where.
JOBS = {
    "examples and pages": ("not exclusive and not once", "--ignore=tests/browser"),
    "with the checks run once": ("not exclusive", "--ignore=tests/browser"),
    "the browser tests": ("not exclusive", "tests/browser"),
}


def parallel_phase(python: str, job: str, workers: int, extra: list[str]) -> Phase:
    """Everything that waits, on one Python; its output to a log file."""
    log = LOGS / f"parallel-{python}{'-browser' if 'browser' in job else ''}.log"
    args = ["-n", str(workers), "-m", *JOBS[job]]
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as output:
        status = subprocess.call(
            pytest_command(python, *args, *extra),
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    seconds = time.perf_counter() - started
    text = log.read_text(encoding="utf-8", errors="replace")
    name = "browser" if "browser" in job else "parallel"
    phase = Phase(python, name, seconds, status, last_line(text), str(log))
    print(
        f"== Python {python}: parallel phase ({job}) {verdict(phase)} in"
        f" {seconds:.0f} s: {phase.summary}",
        flush=True,
    )
    if phase.status != 0:
        print(failure_report(text), flush=True)
    return phase


def failure_report(text: str) -> str:
    """The failures and the short summary of a pytest log."""
    marker = text.find("= FAILURES =")
    if marker == -1:
        marker = text.find("= ERRORS =")
    start = (
        text.rfind("\n", 0, marker) + 1 if marker != -1 else max(0, len(text) - 6000)
    )
    return text[start:]


def exclusive_phase(python: str, extra: list[str]) -> Phase:
    """The tests that measure parallel computation, alone on the machine."""
    print(f"== Python {python}: exclusive phase (alone on the machine)", flush=True)
    started = time.perf_counter()
    completed = subprocess.run(
        pytest_command(python, "-m", "exclusive", *extra),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    print(completed.stdout, end="", flush=True)
    status = 0 if completed.returncode == NO_TESTS_COLLECTED else completed.returncode
    phase = Phase(python, "exclusive", seconds, status, last_line(completed.stdout))
    print(f"== Python {python}: exclusive phase {verdict(phase)} in {seconds:.0f} s")
    return phase


def one_example(pythons: list[str], selection: str) -> int:
    """`make test-example K=...`: one example (or a -k selection) on every Python."""
    selection = selection.removeprefix("examples/")
    started = time.perf_counter()

    def run(python: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                *pytest_command(python, "-q", "-p", "no:xdist", "-k", selection),
                "tests/test_examples.py",
                "tests/test_pages.py",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )

    with ThreadPoolExecutor(len(pythons)) as pool:
        runs = dict(zip(pythons, pool.map(run, pythons), strict=True))
    for python, completed in runs.items():
        summary = last_line(completed.stdout)
        print(f"== Python {python}: {summary}")
        if completed.returncode != 0:
            print(failure_report(completed.stdout + completed.stderr))
    seconds = time.perf_counter() - started
    print(f"== {selection!r} on {len(pythons)} Pythons: {seconds:.1f} s")
    return 0 if all(run.returncode == 0 for run in runs.values()) else 1


def verdict(phase: Phase) -> str:
    return "passed" if phase.status == 0 else f"FAILED (exit {phase.status})"


def pythons_at_once() -> int:
    """Two Pythons' waiting tests at once on free cores, one when they are taken."""
    cores, free = cores_for_this_process(), free_cores()
    at_once = 2 if free >= cores - 0.3 else 1
    print(
        f"== {free:.1f} of {cores} cores free just now: the waiting tests of"
        f" {at_once} Python{'s' if at_once > 1 else ''} at a time",
        flush=True,
    )
    return at_once


def python_versions(pythons: list[str]) -> dict[str, str]:
    """Each Python's full version ("3.14" -> "3.14.2"), as the phases ran it."""
    command = "import platform; print(platform.python_version())"
    return {
        python: subprocess.run(
            ["tools/pythons", "run", python, "python", "-c", command],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        or python
        for python in pythons
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pythons", required=True, help="versions, space-separated")
    parser.add_argument("--once-python", help="the Python that runs the `once` tests")
    parser.add_argument("--workers", type=int, default=3, help="xdist workers each")
    parser.add_argument(
        "--at-once",
        type=int,
        help="Pythons whose waiting tests run at once (default: 2; 1 when busy)",
    )
    parser.add_argument(
        "--browser-workers", type=int, default=3, help="xdist workers for Chromium"
    )
    parser.add_argument(
        "--one", metavar="K", help="only this example (or -k expression)"
    )
    parser.add_argument(
        "--parallel-only", action="store_true", help="skip the exclusive phase"
    )
    parser.add_argument("pytest_args", nargs="*", help="passed on to every pytest")
    options = parser.parse_args()
    pythons = options.pythons.split()
    if options.one:
        return one_example(pythons, options.one)
    LOGS.mkdir(parents=True, exist_ok=True)
    record = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        **source_commit(),
        "python_versions": python_versions(pythons),
    }
    started = time.perf_counter()

    at_once = options.at_once or pythons_at_once()
    record["at_once"] = at_once
    print(
        f"== Waiting tests: Python {', '.join(pythons)}, {at_once} at a time,"
        f" {options.workers} workers each; logs in {LOGS.relative_to(ROOT)}/",
        flush=True,
    )
    jobs = [
        (python, "with the checks run once")
        if python == options.once_python
        else (python, "examples and pages")
        for python in pythons
    ]
    with ThreadPoolExecutor(at_once) as pool:
        phases = list(
            pool.map(
                lambda job: parallel_phase(*job, options.workers, options.pytest_args),
                jobs,
            )
        )
    parallel_seconds = time.perf_counter() - started
    passed = all(phase.status == 0 for phase in phases)
    if passed and options.once_python in pythons:
        # Chromium and Pyodide keep both cores busy: alone, after the waiting.
        phases.append(
            parallel_phase(
                options.once_python,
                "the browser tests",
                options.browser_workers,
                options.pytest_args,
            )
        )
    if all(phase.status == 0 for phase in phases) and not options.parallel_only:
        for python in pythons:
            phases.append(exclusive_phase(python, options.pytest_args))
    total = time.perf_counter() - started

    record |= {
        "pythons": pythons,
        "once_python": options.once_python,
        "parallel_phase_seconds": round(parallel_seconds, 1),
        "total_seconds": round(total, 1),
        "phases": [
            asdict(phase) | {"seconds": round(phase.seconds, 1)} for phase in phases
        ],
        "passed": all(phase.status == 0 for phase in phases),
    }
    (RESULTS / "suite.json").write_text(json.dumps(record, indent=1) + "\n")
    print("== Summary (also in .results/suite.json)")
    for phase in phases:
        print(
            f"   Python {phase.python:<5} {phase.name:<9} {phase.seconds:5.0f} s"
            f"  {verdict(phase)}: {phase.summary}"
        )
    print(f"   waiting tests, every Python: {parallel_seconds:.0f} s")
    minutes, seconds = divmod(round(total), 60)
    print(f"   the whole suite: {minutes} min {seconds:02d} s")
    return 0 if record["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
