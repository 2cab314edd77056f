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
