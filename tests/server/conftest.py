"""Fixtures for the demo server's own tests."""

import subprocess
import sys
import tempfile
from collections.abc import Iterator

import pytest

STOP_TIMEOUT = 20  # seconds the server may take to exit after SIGTERM


@pytest.fixture(scope="session")
def server_process() -> Iterator[str]:
    """The demo server started through its real CLI, on a free port; yields its URL.

    Like the suite's `demo_server` fixture, but leaves the environment alone. On
    teardown it checks that the server exited cleanly and wrote nothing to stderr
    (no logged error, no traceback) during the whole session.
    """
    with tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "overlap.server", "--port", "0", "--latency", "0"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            assert process.stdout is not None
            first_line = process.stdout.readline()
            assert first_line.startswith("Overlap demo server on http://"), first_line
            yield first_line.split(" on ", 1)[1].split()[0]
        finally:
            process.terminate()
            process.communicate(timeout=STOP_TIMEOUT)
        stderr.seek(0)
        assert (process.returncode, stderr.read()) == (0, "")
