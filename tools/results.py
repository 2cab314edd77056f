"""What every results file says of where its figures were measured.

`make test` (`tools/suite.py`) and `make audit` (`tools/audit/`) write their figures
to `.results/`; the verification page (`tools/site/verification.py`) shows each
table with the machine and the commit recorded here.
"""

import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict:
    """The cores this process may use, how busy they were, the system."""
    return {
        "cores": len(os.sched_getaffinity(0)),
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
        "system": f"{platform.system()} {platform.release()}",
        "processor": platform.processor() or platform.machine(),
    }


def source_commit() -> dict:
    """The commit the figures were measured on, and whether the tree differed."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()

    return {"commit": git("rev-parse", "HEAD"), "dirty": bool(git("status", "-s"))}
