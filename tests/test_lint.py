"""The project's own code (src, tests, tools, playground): ruff."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# No cache: a cached result can outlive a change in what counts as first-party.
RUFF = [sys.executable, "-m", "ruff"]
CODE = ["src", "tests", "tools", "playground"]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "command",
    [["check", "--no-cache", *CODE], ["format", "--check", "--no-cache", *CODE]],
)
def test_ruff(command: list[str]) -> None:
    completed = subprocess.run(
        [*RUFF, *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
