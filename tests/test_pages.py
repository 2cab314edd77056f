"""Code blocks on the pages: Python blocks run, includes resolve, examples are shown.

Python blocks in the helper package's docstrings count: the API page shows them.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from example_runner import EXAMPLES, configure, fail_with_diff, output_in_process
from example_settings import DEFAULT_TOLERANCE, DEMO_SERVER_FLAGS
from figures import reconcile
from markdown_blocks import DOCS, ROOT, Block, all_blocks, split_target
from pytest_examples import CodeExample, EvalExample, find_examples

# Languages a fenced block may use. Python blocks run; console blocks are checked
# by `test_console_commands`; the rest are data, not code.
PYTHON = {"py", "python"}
ALLOWED_LANGUAGES = PYTHON | {"console", "toml", "yaml", "text", "mermaid"}

# Python blocks that must not run, each marked `<!-- not-run: reason -->` on the line
# before it. Keep this list short; a new entry needs a reason a reviewer accepts.
NOT_RUN: dict[str, str] = {}

# Programs a `console` block may call (each command is checked below).
CONSOLE_PROGRAMS = {"make", "python", "git", "cd"}

BLOCKS = all_blocks()


def by_where(blocks: list[Block]) -> dict[str, Block]:
    return {block.where: block for block in blocks}


def python_examples() -> list:
    runnable = {
        block.where
        for block in BLOCKS
        if block.language in PYTHON
        and not block.is_include
        and not block.not_run_reason
    }
    examples = []
    for example in find_examples(DOCS, ROOT / "src"):
        where = f"{example.path.relative_to(ROOT)}:{example.start_line}"
        # Docstring examples in src/ appear on the API page, so they run too.
        if where in runnable or example.path.suffix == ".py":
            examples.append(pytest.param(example, id=where))
    return examples


@pytest.mark.parametrize("example", python_examples())
def test_python_block_runs(example: CodeExample, eval_example: EvalExample) -> None:
    configure(eval_example)
    # Lint docstring code like page code: black's docstring mode drops blank lines.
    example.in_py_file = lambda: False  # type: ignore[method-assign]
    eval_example.lint(example)
    actual = output_in_process(eval_example, example)
    merged = reconcile(example.source, actual, DEFAULT_TOLERANCE)
    if merged == example.source:
        return
    if eval_example.update_examples:
        example.source = merged
        eval_example._mark_for_update(example)
        return
    fail_with_diff("output differs from its #> lines", example.source, merged)


def test_every_block_declares_a_known_language() -> None:
    unknown = [
        f"{block.where}: {block.language or '(no language)'}"
        for block in BLOCKS
        if block.language not in ALLOWED_LANGUAGES
    ]
    assert not unknown, (
        "Fenced blocks must name a language the tests know"
        f" ({', '.join(sorted(ALLOWED_LANGUAGES))}):\n" + "\n".join(unknown)
    )


def test_blocks_that_do_not_run_are_listed_with_a_reason() -> None:
    marked = {
        block.where: block.not_run_reason for block in BLOCKS if block.not_run_reason
    }
    assert marked == NOT_RUN, "update NOT_RUN in tests/test_pages.py to match the pages"


def test_every_include_resolves() -> None:
    broken = []
    for block in BLOCKS:
        for target in block.includes:
            path, section = split_target(target)
            if not path.is_file():
                broken.append(f"{block.where}: no file {target}")
            elif section and f"# --8<-- [start:{section}]" not in path.read_text():
                broken.append(f"{block.where}: no section {section!r} in {path.name}")
    assert not broken, "\n".join(broken)


def test_every_include_shows_its_path_as_title() -> None:
    untitled = [
        f'{block.where}: add title="{block.includes[0].partition(":")[0]}"'
        for block in BLOCKS
        if block.is_include
        and f'title="{block.includes[0].partition(":")[0]}"' not in block.info
    ]
    assert not untitled, (
        "readers find an example by the title of its block:\n" + "\n".join(untitled)
    )


def test_every_example_is_on_a_page() -> None:
    included = {
        split_target(target)[0] for block in BLOCKS for target in block.includes
    }
    orphans = [
        path.relative_to(ROOT).as_posix()
        for path in sorted(EXAMPLES.rglob("*.py"))
        if path not in included
    ]
    assert not orphans, "examples no page includes:\n" + "\n".join(orphans)


def console_sessions() -> list:
    """Each `$ command` of a console block with the output lines shown under it."""
    sessions = []
    for block in BLOCKS:
        if block.language != "console":
            continue
        for chunk in ("\n" + block.body).split("\n$ ")[1:]:
            command, *output = chunk.rstrip("\n").split("\n")
            sessions.append(
                pytest.param(command, output, id=f"{block.where}: $ {command}")
            )
    return sessions


MAKE_TARGET = re.compile(r"^(?P<name>[a-z][\w-]*):", re.MULTILINE)


def shown_output_of(example: Path) -> list[str]:
    return [
        line.strip().removeprefix("#>").removeprefix(" ")
        for line in example.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("#>")
    ]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("command", "output"), console_sessions())
def test_console_session(command: str, output: list[str]) -> None:
    """Commands name real targets, files and modules; the output shown is real."""
    words = command.split()
    program = words[0]
    assert program in CONSOLE_PROGRAMS, f"{program!r} is not a command the guide uses"
    if program == "make":
        targets = set(MAKE_TARGET.findall((ROOT / "Makefile").read_text()))
        assert set(words[1:]) <= targets, f"no such make target in {command!r}"
        assert not output, "make output is not checked; do not show it"
    elif program == "python" and words[1].endswith(".py"):
        example = ROOT / words[1]
        assert example.is_file(), f"no file {words[1]}"
        assert not output or output == shown_output_of(example), (
            f"the output shown must be the #> lines of {words[1]}"
        )
    elif program == "python" and words[1] == "-m":
        module = ROOT / "src" / (words[2].replace(".", "/") + ".py")
        assert module.is_file(), f"no module {words[2]}"
        if output:
            env = {**os.environ, "COLUMNS": "80"}
            completed = subprocess.run(
                [sys.executable, *words[1:]],
                capture_output=True,
                text=True,
                env=env,
                timeout=30,
                check=False,
                cwd=ROOT,
            )
            assert completed.stdout.rstrip("\n").split("\n") == output
    else:
        assert not output, f"output of {program!r} is not checked; do not show it"


@pytest.mark.parametrize(
    ("example", "flags"),
    sorted(DEMO_SERVER_FLAGS.items()),
    ids=sorted(DEMO_SERVER_FLAGS),
)
def test_pages_start_the_demo_server_as_the_tests_do(
    example: str, flags: tuple[str, ...]
) -> None:
    """A reader who runs the example sees its output only with the same server."""
    command = " ".join(["python", "-m", "overlap.server", *flags])
    showing = {
        block.page
        for block in BLOCKS
        for target in block.includes
        if split_target(target)[0] == EXAMPLES / example
    }
    assert showing, f"no page includes {example}"
    for page in showing:
        commands = {
            line.removeprefix("$ ").strip()
            for block in BLOCKS
            if block.page == page and block.language == "console"
            for line in block.body.splitlines()
        }
        assert command in commands, f"{page.name} must show `$ {command}`"


DECISION_TABLE = DOCS / "choosing" / "decision-table.md"
BOLD_FIGURE = re.compile(r"\*\*([^*]+)\*\*")
PAGE_LINK = re.compile(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)")


def table_rows() -> list:
    rows = [
        line
        for line in DECISION_TABLE.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and BOLD_FIGURE.search(line)
    ]
    return [pytest.param(row, id=row.split("|")[1].strip()) for row in rows]


@pytest.mark.parametrize("row", table_rows())
def test_decision_table_figures_come_from_examples(row: str) -> None:
    """Each figure in bold is printed by an example on a page the row links to."""
    linked = {
        (DECISION_TABLE.parent / link).resolve() for link in PAGE_LINK.findall(row)
    }
    printed = "\n".join(
        "\n".join(shown_output_of(split_target(target)[0]))
        for block in BLOCKS
        if block.page.resolve() in linked
        for target in block.includes
    )
    missing = [figure for figure in BOLD_FIGURE.findall(row) if figure not in printed]
    assert not missing, f"not printed by any example on the linked pages: {missing}"
