"""`python -m tools`: every command is listed, and each make target runs its command.

A contributor who reads `make help` and one who reads `python -m tools --help` must
find the same tools: a target that stopped calling its command, or a command that
lost its target, fails here naming both.
"""

import re
import subprocess
import sys

from markdown_blocks import ROOT

from tools.__main__ import COMMANDS

MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def recipe(target: str) -> str:
    """The command lines of a make target (the tab-indented lines under it)."""
    found = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)*)", MAKEFILE, re.M)
    assert found, f"the Makefile has no target {target!r}"
    return found.group(1)


def test_each_make_target_runs_its_command() -> None:
    wrong = [
        f"make {target.removeprefix('make ')} does not run `python -m tools {name}`"
        for name, (target, _, _) in COMMANDS.items()
        if target.startswith("make ")
        and not re.search(
            rf"python3? -m tools {name}\b", recipe(target.removeprefix("make "))
        )
    ]
    assert not wrong, wrong


def test_help_lists_every_command() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "tools", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    missing = [name for name in COMMANDS if f"\n    {name} " not in completed.stdout]
    assert not missing, f"python -m tools --help does not list {missing}"


def test_commands_without_a_target_reach_their_tool() -> None:
    """The commands run by hand answer `--help` with their own tool's options."""
    for name, option in (("separator", "--check"), ("rewrites", "--help")):
        completed = subprocess.run(
            [sys.executable, "-m", "tools", name, "--help"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert completed.returncode == 0, (name, completed.stderr)
        assert option in completed.stdout, (
            f"python -m tools {name} --help: {completed.stdout}"
        )


def chapter(name: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tools", "chapter", name],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_chapter_lists_what_belongs_to_it_by_folder_page_or_example() -> None:
    by_folder = chapter("threads/the_gil")
    assert by_folder.returncode == 0, by_folder.stderr
    for part in (
        "page: docs/threads/the-gil.md",
        "  threads/the_gil/01_computing_threads_take_turns.py\n    exclusive: ",
        "    also on docs/mistakes/threads-on-cpu-bound-loops.md",
        "make test-example K=<path>",
        "  docs/figures/threads/the_gil/02_c_code_releases_the_gil.svg, from ",
        "  docs/benchmarks/results/cpu_workers.json",
    ):
        assert part in by_folder.stdout, f"{part!r} not in:\n{by_folder.stdout}"
    for name in ("docs/threads/the-gil.md", "threads/the_gil/04_switch_interval.py"):
        assert chapter(name).stdout == by_folder.stdout, name


def test_chapter_names_what_to_give_when_it_finds_none() -> None:
    completed = chapter("threads/the-gill")
    assert completed.returncode == 2
    assert "no chapter is called 'threads/the-gill'" in completed.stderr
