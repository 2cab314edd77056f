"""Run an example the one way every example runs: `python path.py`, prints recorded.

The tests, the update loop (`make update-example`) and the page blocks all run code
through `run_example`: a fresh interpreter, the example's folder as the working
directory's neighbour (the repository root is the working directory, as in the
README), and the print recorder (`print_log/sitecustomize.py`) on PYTHONPATH. Its
result gives the view of the source with the `#>` lines that run printed.
"""

import difflib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.examples.figures import has_figures
from tools.examples.output_lines import Print, printed_view
from tools.examples.settings import ATTEMPTS, Tolerance, settings_for

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PRINT_RECORDER = Path(__file__).resolve().parent / "print_log"
RUN_TIMEOUT = 90  # seconds: the slowest example takes about 10

THIS_PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


@dataclass(frozen=True)
class Run:
    """What one run of an example did."""

    returncode: int
    stdout: str
    stderr: str
    prints: list[Print]
    start_method: str | None

    def view(self, source: str) -> str:
        """`source` with the `#>` lines this run printed."""
        return printed_view(source, self.prints)


def example_name(path: Path) -> str:
    """The example's path under `examples/`: its test id and its key in settings."""
    return path.relative_to(EXAMPLES).as_posix()


def tolerance_for(path: Path) -> Tolerance:
    return settings_for(example_name(path)).tolerance


def attempts_for(shown: str) -> int:
    """Runs an example gets to match its output: `ATTEMPTS` if it shows figures."""
    return ATTEMPTS if has_figures(shown) else 1


def run_example(
    path: Path,
    *,
    start_method: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = RUN_TIMEOUT,
) -> Run:
    """Run `python path` with the print recorder; fail the test if it does not exit."""
    with tempfile.TemporaryDirectory(prefix="overlap-run-") as folder:
        log_path = Path(folder) / "prints.json"
        run_env = {
            **os.environ,
            **(env or {}),
            "PYTHONPATH": os.pathsep.join(
                [str(PRINT_RECORDER), os.environ.get("PYTHONPATH", "")]
            ),
            "OVERLAP_PRINT_LOG": str(log_path),
            "PYTHONUNBUFFERED": "1",
        }
        run_env.pop("OVERLAP_START_METHOD", None)
        if start_method:
            run_env["OVERLAP_START_METHOD"] = start_method
        try:
            completed = subprocess.run(
                [sys.executable, str(path)],
                cwd=ROOT,
                env=run_env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as expired:
            pytest.fail(
                f"{path} did not finish in {timeout} s\nstdout:\n{expired.stdout}"
                f"\nstderr:\n{expired.stderr}",
                pytrace=False,
            )
        log = (
            json.loads(log_path.read_text(encoding="utf-8"))
            if log_path.exists()
            else {"prints": [], "start_method": None}
        )
    return Run(
        completed.returncode,
        completed.stdout,
        completed.stderr,
        [Print(record["line"], record["text"]) for record in log["prints"]],
        log["start_method"],
    )


def require_clean_exit(path: Path, run: Run) -> None:
    """Fail unless the run exited 0 and wrote nothing to stderr.

    Readers see stderr too: a warning a newer Python prints (a DeprecationWarning,
    say) must be fixed in the example, not shown to readers as noise.
    """
    if run.returncode != 0:
        pytest.fail(
            f"{path.relative_to(ROOT)} exited with {run.returncode} on Python"
            f" {THIS_PYTHON}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}",
            pytrace=False,
        )
    if run.stderr:
        pytest.fail(
            f"{path.relative_to(ROOT)} wrote to stderr on Python {THIS_PYTHON}; readers"
            " would see this and the page does not show it. Fix the example (or catch"
            f" and print what it should show):\n{run.stderr}",
            pytrace=False,
        )


def fail_with_diff(heading: str, shown: str, printed: str) -> None:
    """Fail the test with a diff from the code as shown to the code with real output."""
    diff = difflib.unified_diff(
        shown.splitlines(), printed.splitlines(), "shown", "printed", lineterm=""
    )
    pytest.fail(f"{heading}:\n" + "\n".join(diff), pytrace=False)
