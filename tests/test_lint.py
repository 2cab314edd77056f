"""The project's own code (the helper package and the tests) passes ruff."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = [sys.executable, "-m", "ruff"]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "command", [["check", "src", "tests"], ["format", "--check", "src", "tests"]]
)
def test_ruff(command: list[str]) -> None:
    completed = subprocess.run(
        [*RUFF, *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
