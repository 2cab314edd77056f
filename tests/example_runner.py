"""Run one example file the way the tests need: lint it, run it, compare its `#>` lines.

Most examples run in-process through pytest-examples, which captures `print` from
every thread. Examples that start processes (or need a fresh interpreter) run as
`python path/to/example.py`, exactly as a reader runs them; a `sitecustomize` on
PYTHONPATH records where each print came from, so their output is checked and
updated the same way.
"""

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from example_settings import ATTEMPTS, DEFAULT_TOLERANCE, TOLERANCES, Tolerance
from figures import has_figures
from pytest_examples import CodeExample, EvalExample
from pytest_examples.config import ExamplesConfig
from pytest_examples.run_code import Arg, InsertPrintStatements, PrintStatement

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PRINT_LOG_HOOK = Path(__file__).resolve().parent / "print_log"
SUBPROCESS_TIMEOUT = 90


# Lint and output-formatting rules for every snippet (the project's ruff config
# applies as well).
EXAMPLES_CONFIG = ExamplesConfig(
    line_length=88, quotes="double", target_version="py312", isort=True
)


def configure(eval_example: EvalExample) -> None:
    """Apply `EXAMPLES_CONFIG` to a pytest-examples session."""
    eval_example.config = EXAMPLES_CONFIG


def fail_with_diff(heading: str, shown: str, printed: str) -> None:
    """Fail the test with a diff from the code as shown to the code with real output."""
    diff = difflib.unified_diff(
        shown.splitlines(), printed.splitlines(), "shown", "printed", lineterm=""
    )
    pytest.fail(f"{heading}:\n" + "\n".join(diff), pytrace=False)


def load(path: Path) -> CodeExample:
    """An example file as a pytest-examples `CodeExample` that keeps its blank lines."""
    example = CodeExample.create(path.read_text(encoding="utf-8"), path=path)
    # pytest-examples treats .py files as docstring code and collapses blank lines.
    example.in_py_file = lambda: False  # type: ignore[method-assign]
    return example


def example_name(path: Path) -> str:
    """The example's path under `examples/`: its test id and its key in the settings."""
    return path.relative_to(EXAMPLES).as_posix()


def tolerance_for(path: Path) -> Tolerance:
    return TOLERANCES.get(example_name(path), DEFAULT_TOLERANCE)


def attempts_for(source: str) -> int:
    """Runs an example gets to match its output: `ATTEMPTS` if it shows figures."""
    return ATTEMPTS if has_figures(source) else 1


def output_in_process(eval_example: EvalExample, example: CodeExample) -> str:
    """The example's source with the `#>` lines an in-process run printed."""
    insert_print, _ = eval_example._run(example, "check", None, True, None)
    return insert_print.updated_print_statements(example) or example.source


def output_in_subprocess(
    eval_example: EvalExample,
    example: CodeExample,
    tmp_path: Path,
    start_method: str | None,
    env: dict[str, str] | None = None,
) -> str:
    """The example's source with the `#>` lines a real `python example.py` printed."""
    log_path = tmp_path / "prints.json"
    run_env = {
        **os.environ,
        **(env or {}),
        "PYTHONPATH": os.pathsep.join(
            [str(PRINT_LOG_HOOK), os.environ.get("PYTHONPATH", "")]
        ),
        "OVERLAP_PRINT_LOG": str(log_path),
        "PYTHONUNBUFFERED": "1",
    }
    if start_method:
        run_env["OVERLAP_START_METHOD"] = start_method
    completed = subprocess.run(
        [sys.executable, str(example.path)],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(
            f"{example.path} exited with {completed.returncode}\n"
            f"stdout:\n{completed.stdout}\nstderr:\n{completed.stderr}",
            pytrace=False,
        )
    log = json.loads(log_path.read_text(encoding="utf-8"))
    if start_method and log["start_method"] not in (None, start_method):
        pytest.fail(
            f"asked for {start_method!r}, the example used {log['start_method']!r}"
        )
    return output_from_prints(example, eval_example.config, log["prints"])


def output_from_prints(
    example: CodeExample, config: ExamplesConfig, prints: list[dict]
) -> str:
    """The example's source with `#>` lines for recorded prints.

    Each record is `{"line": ..., "sep": ..., "args": [...]}`, as written by the
    `print_log` hook of a subprocess run or by the playground's Pyodide runner.
    """
    insert_print = InsertPrintStatements(example.path, config, True, None, None)
    assert insert_print.print_func is not None
    insert_print.print_func.statements = [
        PrintStatement(
            record["line"], record["sep"], [Arg(text) for text in record["args"]]
        )
        for record in prints
    ]
    return insert_print.updated_print_statements(example) or example.source
