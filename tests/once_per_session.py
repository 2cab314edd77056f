"""What several xdist workers need, made by the first that asks and shared.

pytest-xdist's own way, `@pytest.mark.xdist_group` with `--dist loadgroup`, keeps
a group on one worker by renaming its tests (`Item._nodeid`); pytest 9 no longer
reads that name, so xdist 3.8 spread every group over all workers and each worker
built the site again. Sharing the made thing does not depend on where a test runs.
"""

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest


def made_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]
) -> Path:
    """`tmp/<name>`, made by `make(path)` once for every worker of the session.

    The first worker makes it while the others wait; what a failed `make` left is
    removed, so the next worker tries again and fails with its own message.
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the session's directory, common to all workers
    path = shared / name
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            unfinished = shared / f"{name}.unfinished"
            shutil.rmtree(unfinished, ignore_errors=True)
            unfinished.unlink(missing_ok=True)
            make(unfinished)
            unfinished.rename(path)
    return path
