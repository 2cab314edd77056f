"""Fixtures shared by the whole suite."""

import os
import resource
import subprocess
import sys
from collections.abc import Iterator

import pytest

SERVER_START_TIMEOUT = 20


def pytest_configure(config: pytest.Config) -> None:
    # Capacity tests and examples open thousands of sockets.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


@pytest.fixture(scope="session")
def demo_server() -> Iterator[str]:
    """The demo server, started as readers start it, on a free port of 127.0.0.1.

    Examples find it through `OVERLAP_DEMO_URL`, which this fixture sets for the
    session (subprocesses the tests start inherit it).
    """
    from overlap.server import DEMO_URL_ENV

    process = subprocess.Popen(
        [sys.executable, "-m", "overlap.server", "--port", "0", "--latency", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        url = first_line.split(" on ", 1)[1].split()[0]
        previous = os.environ.get(DEMO_URL_ENV)
        os.environ[DEMO_URL_ENV] = url
        yield url
        if previous is None:
            del os.environ[DEMO_URL_ENV]
        else:
            os.environ[DEMO_URL_ENV] = previous
    finally:
        process.terminate()
        process.wait(timeout=SERVER_START_TIMEOUT)
