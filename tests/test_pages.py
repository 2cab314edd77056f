"""Code blocks on the pages: Python blocks run, includes resolve, examples are shown.

Python blocks in the helper package's docstrings count: the API page shows them.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from textwrap import indent

import pytest
from markdown_blocks import DOCS, FENCE, ROOT, Block, all_blocks, pages, split_target
from pytest_examples import CodeExample, EvalExample, find_examples

from tools.examples.figures import figures_agree, reconcile
from tools.examples.output_lines import MAIN_PYTHON, merge_update, output_text, view_for
from tools.examples.runner import (
    EXAMPLES,
    THIS_PYTHON,
    fail_with_diff,
    require_clean_exit,
    run_example,
)
from tools.examples.settings import DEFAULT_TOLERANCE, all_settings

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
    """A block written on a page runs like an example file, and shows its output."""
    eval_example.set_config(
        line_length=88, quotes="double", target_version="py312", isort=True
    )
    # Lint docstring code like page code: black's docstring mode drops blank lines.
    example.in_py_file = lambda: False  # type: ignore[method-assign]
    if not eval_example.update_examples:
        eval_example.lint(example)
    with tempfile.TemporaryDirectory(prefix="overlap-block-") as folder:
        script = Path(folder) / "block.py"
        script.write_text(example.source, encoding="utf-8")
        run = run_example(script)
        require_clean_exit(script, run)
    shown = view_for(example.source, THIS_PYTHON)
    printed = reconcile(shown, run.view(example.source), DEFAULT_TOLERANCE)
    if printed == shown:
        return
    if eval_example.update_examples:
        updated = merge_update(
            example.source,
            THIS_PYTHON,
            run.view(example.source),
            lambda a, b: figures_agree(a, b, DEFAULT_TOLERANCE),
        )
        page = example.path.read_text(encoding="utf-8")
        margin = " " * example.indent
        old, new = indent(example.source, margin), indent(updated, margin)
        assert page.count(old) == 1, f"cannot find the block in {example.path}"
        example.path.write_text(page.replace(old, new), encoding="utf-8")
        return
    fail_with_diff(
        f"output on Python {THIS_PYTHON} differs from its #> lines", shown, printed
    )


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
    """The `#>` lines of an example for the Python running the suite."""
    view = view_for(example.read_text(encoding="utf-8"), THIS_PYTHON)
    return [
        line.strip().removeprefix("#>").removeprefix(" ")
        for line in view.splitlines()
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


DEMO_SERVER_FLAGS = {
    name: settings.demo_server_flags
    for name, settings in all_settings().items()
    if settings.demo_server_flags is not None
}


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
BOLD = re.compile(r"\*\*([^*]+)\*\*")
PAGE_LINK = re.compile(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)")
FIGURE_IN_PROSE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s?(?:s|ms|µs|x|%)(?![\w])")
BENCH_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")


def printed_on(pages: set[Path]) -> str:
    """Every `#>` line, for the main Python, of the examples these pages include."""
    return "\n".join(
        output
        for block in BLOCKS
        if block.page.resolve() in pages
        for target in block.includes
        for output in map(
            output_text,
            view_for(split_target(target)[0].read_text("utf-8"), MAIN_PYTHON).split(
                "\n"
            ),
        )
        if output is not None
    )


def prose_units(page: Path) -> list[str]:
    """A page's paragraphs and table rows, without code blocks or placeholders."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    text = BENCH_PLACEHOLDER.sub("", text)
    units = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = paragraph.splitlines()
        if lines and all(line.lstrip().startswith("|") for line in lines):
            units.extend(lines)
        else:
            units.append(paragraph)
    return units


def quoted_figures(page: Path, unit: str, every_bold: bool) -> list[str]:
    """Bold figures of one paragraph or row that no example it can quote prints."""
    pages = {page.resolve()} | {
        (page.parent / link).resolve() for link in PAGE_LINK.findall(unit)
    }
    quoted = [
        bold
        for bold in BOLD.findall(unit)
        if every_bold or FIGURE_IN_PROSE.fullmatch(bold.strip())
    ]
    printed = printed_on(pages) if quoted else ""
    return [figure for figure in quoted if not prints(printed, figure)]


def prints(printed: str, figure: str) -> bool:
    """Whether the output shows this figure whole: `8x` is not in `1.8x`."""
    return re.search(rf"(?<![\w.]){re.escape(figure)}(?![\w])", printed) is not None


@pytest.mark.parametrize(
    "page",
    [pytest.param(page, id=page.relative_to(DOCS).as_posix()) for page in pages()],
)
def test_figures_quoted_in_prose_come_from_examples(page: Path) -> None:
    """A figure written in bold quotes an example's output, and must still match it.

    The example is one the page includes, or one on a page that the same paragraph
    or table row links to. In the decision table every bold text is such a quote.
    Change an example's `#>` lines and the prose that quotes them fails here.
    """
    every_bold = page == DECISION_TABLE
    missing = [
        f"{figure!r} in: {unit.strip()[:100]}"
        for unit in prose_units(page)
        for figure in quoted_figures(page, unit, every_bold)
    ]
    assert not missing, (
        "bold figures that no example on this page (or a page the paragraph links"
        " to) prints, on Python " + MAIN_PYTHON + ":\n" + "\n".join(missing)
    )


@cache
def bench_figures() -> dict[str, str]:
    """Each distinctive figure of the saved benchmark results, with its placeholder."""
    from tools.site.bench_figures import format_value

    figures: dict[str, str] = {}
    for file in sorted((ROOT / "docs" / "benchmarks" / "results").glob("*.json")):
        measurements = json.loads(file.read_text(encoding="utf-8")).get("measurements")
        for name, values in (measurements or {}).items():
            for key, value in values.items():
                if isinstance(value, float):
                    shown = format_value(key, value)
                    # Distinctive figures only (0.104 s, 1.04x): not 100% or 1.00x.
                    digits = "".join(c for c in shown if c.isdigit())
                    if len(digits) >= 3 and digits.strip("0") != "1":
                        placeholder = f"{{{{ bench.{file.stem}.{name}.{key} }}}}"
                        figures.setdefault(shown, placeholder)
    return figures


@pytest.mark.parametrize(
    "page",
    [pytest.param(page, id=page.relative_to(DOCS).as_posix()) for page in pages()],
)
def test_benchmark_figures_are_placeholders_not_typed(page: Path) -> None:
    """A figure that `make bench` measured is quoted with its placeholder.

    Typed by hand, it would stay on the page when the next `make bench` changes it.
    """
    figures = bench_figures()
    typed = [
        f"{match.group()!r}: write {figures[match.group()]}"
        for unit in prose_units(page)
        for match in FIGURE_IN_PROSE.finditer(unit)
        if match.group() in figures
    ]
    assert not typed, "benchmark figures typed by hand:\n" + "\n".join(typed)
