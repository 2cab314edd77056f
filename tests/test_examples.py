"""Every file in `examples/` is linted, run, and its output checked against `#>` lines.

Each example runs as `python path/to/example.py` (`tools.examples.runner.run_example`),
on the Python running this suite, and must print that Python's `#>` lines
(`output_lines.view_for`). The test id is the example's path under `examples/`,
so a failure names the file. Examples that start processes run under the
platform's default start method and under `spawn` and `forkserver` (each once: on
3.14 and later the default on Linux is `forkserver`).
`make update-example K=...` rewrites the `#>` lines from a real run.
"""

import contextlib
import multiprocessing
import re
from pathlib import Path

import pytest
from demo_process import demo_server_process
from pytest_examples import CodeExample, EvalExample

from overlap.server import DEMO_URL_ENV
from tools.examples.figures import figures_agree, reconcile
from tools.examples.free_cores import diagnosis
from tools.examples.output_lines import merge_update, view_for
from tools.examples.runner import (
    EXAMPLES,
    THIS_PYTHON,
    attempts_for,
    example_name,
    fail_with_diff,
    require_clean_exit,
    run_example,
)
from tools.examples.settings import settings_for, starts_processes

# The first of the supported start methods is this platform's default (`fork` on
# Linux before 3.14, `forkserver` since): run it once, as the default.
START_METHODS = (
    None,
    *(
        method
        for method in ("spawn", "forkserver")
        if method != multiprocessing.get_all_start_methods()[0]
    ),
)
EMPTY_OUTPUT_LINE = re.compile(r"^[ \t]*#>[ \t]*\n", re.MULTILINE)


def example_cases() -> list:
    cases = []
    for path in sorted(EXAMPLES.rglob("*.py")):
        name = example_name(path)
        marks = [pytest.mark.exclusive] if settings_for(name).exclusive else []
        if starts_processes(path.read_text(encoding="utf-8")):
            for method in START_METHODS:
                case_id = f"{name}[{method or 'default'}]"
                cases.append(pytest.param(path, method, id=case_id, marks=marks))
        else:
            cases.append(pytest.param(path, None, id=name, marks=marks))
    return cases


def lint(eval_example: EvalExample, path: Path) -> None:
    """ruff and black on the file, with the project's settings (pyproject.toml)."""
    eval_example.set_config(
        line_length=88, quotes="double", target_version="py312", isort=True
    )
    example = CodeExample.create(path.read_text(encoding="utf-8"), path=path)
    # pytest-examples treats .py files as docstring code and collapses blank lines.
    example.in_py_file = lambda: False  # type: ignore[method-assign]
    eval_example.lint(example)


@pytest.mark.parametrize(("path", "start_method"), example_cases())
def test_example(
    path: Path,
    start_method: str | None,
    eval_example: EvalExample,
    request: pytest.FixtureRequest,
) -> None:
    name = example_name(path)
    settings = settings_for(name)
    updating = eval_example.update_examples
    if updating:
        # Bare `#>` placeholders under new prints make way for the real output.
        source = path.read_text(encoding="utf-8")
        path.write_text(EMPTY_OUTPUT_LINE.sub("", source), encoding="utf-8")
    else:
        lint(eval_example, path)

    env = {}
    source = path.read_text(encoding="utf-8")
    if DEMO_URL_ENV in source:
        if settings.demo_server_flags is None:
            env[DEMO_URL_ENV] = request.getfixturevalue("demo_server")
        else:
            stack = contextlib.ExitStack()
            request.addfinalizer(stack.close)
            flags = settings.demo_server_flags
            env[DEMO_URL_ENV] = stack.enter_context(demo_server_process(*flags))

    shown = view_for(source, THIS_PYTHON)
    attempts = attempts_for(shown)
    for _ in range(attempts):
        run = run_example(path, start_method=start_method, env=env)
        require_clean_exit(path, run)
        if start_method and run.start_method not in (None, start_method):
            pytest.fail(f"asked for {start_method!r}, it used {run.start_method!r}")
        printed = reconcile(shown, run.view(source), settings.tolerance)
        if printed == shown:  # a figure, or a verdict drawn from one, may miss once
            break

    if updating:
        if start_method is None:
            path.write_text(
                merge_update(
                    source,
                    THIS_PYTHON,
                    run.view(source),
                    lambda a, b: figures_agree(a, b, settings.tolerance),
                ),
                encoding="utf-8",
            )
            lint(eval_example, path)
        return
    if printed != shown:
        heading = f"{name}: output on Python {THIS_PYTHON} differs from its #> lines"
        if attempts > 1:
            heading += f" (figures allowed: {settings.tolerance}, best of {attempts})"
        if attempts > 1 and settings.exclusive:
            heading += f"\n{diagnosis()}"
        fail_with_diff(heading, shown, printed)
