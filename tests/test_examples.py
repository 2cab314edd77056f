"""Every file in `examples/` is linted, run, and its output checked against `#>` lines.

The test id is the example's path under `examples/`, so a failure names the file.
Examples that start processes run as subprocesses under the platform's default
start method and under `spawn` and `forkserver`. `make update-examples` rewrites
the `#>` lines from a real run.
"""

import contextlib
import re
from pathlib import Path

import pytest
from demo_process import demo_server_process
from example_runner import (
    EXAMPLES,
    attempts_for,
    configure,
    example_name,
    fail_with_diff,
    load,
    output_in_process,
    output_in_subprocess,
    tolerance_for,
)
from example_settings import (
    DEMO_SERVER_FLAGS,
    EXCLUSIVE,
    FRESH_INTERPRETER,
    starts_processes,
)
from figures import reconcile
from pytest_examples import EvalExample

from overlap.server import DEMO_URL_ENV

START_METHODS = (None, "spawn", "forkserver")
EMPTY_OUTPUT_LINE = re.compile(r"^[ \t]*#>[ \t]*\n", re.MULTILINE)


def needs_subprocess(name: str, source: str) -> bool:
    return name in FRESH_INTERPRETER or starts_processes(source)


def example_cases() -> list:
    cases = []
    for path in sorted(EXAMPLES.rglob("*.py")):
        name = example_name(path)
        marks = [pytest.mark.exclusive] if name in EXCLUSIVE else []
        if starts_processes(path.read_text(encoding="utf-8")):
            for method in START_METHODS:
                case_id = f"{name}[{method or 'default'}]"
                cases.append(pytest.param(path, method, id=case_id, marks=marks))
        else:
            cases.append(pytest.param(path, None, id=name, marks=marks))
    return cases


def uses_demo_server(source: str) -> bool:
    return DEMO_URL_ENV in source


@pytest.mark.parametrize(("path", "start_method"), example_cases())
def test_example(
    path: Path,
    start_method: str | None,
    eval_example: EvalExample,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(eval_example)
    example = load(path)
    name = example_name(path)
    if eval_example.update_examples:
        # Bare `#>` placeholders under new prints make way for the real output. The
        # file itself is rewritten, because subprocess examples run from the file and
        # their prints are mapped back to its line numbers.
        stripped = EMPTY_OUTPUT_LINE.sub("", example.source)
        if stripped != example.source:
            path.write_text(stripped, encoding="utf-8")
            example = load(path)
    else:
        eval_example.lint(example)
    if uses_demo_server(example.source):
        flags = DEMO_SERVER_FLAGS.get(name)
        if flags is None:
            url = request.getfixturevalue("demo_server")
        else:
            stack = contextlib.ExitStack()
            request.addfinalizer(stack.close)
            url = stack.enter_context(demo_server_process(*flags))
        monkeypatch.setenv(DEMO_URL_ENV, url)

    tolerance = tolerance_for(path)
    attempts = attempts_for(example.source)
    in_subprocess = needs_subprocess(name, example.source)
    for _ in range(attempts):
        if in_subprocess:
            actual = output_in_subprocess(eval_example, example, tmp_path, start_method)
        else:
            actual = output_in_process(eval_example, example)
        merged = reconcile(example.source, actual, tolerance)
        if merged == example.source:
            break
    else:
        if not eval_example.update_examples:
            fail_with_diff(
                f"{name}: output differs from its #> lines"
                f" (figures allowed: {tolerance}, best of {attempts} run(s))",
                example.source,
                merged,
            )
        if start_method is None:
            path.write_text(merged, encoding="utf-8")
    if eval_example.update_examples:
        eval_example.lint(load(path))
