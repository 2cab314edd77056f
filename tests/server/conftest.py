"""Fixtures for the demo server's own tests."""

from collections.abc import Iterator

import pytest
from demo_process import demo_server_process


@pytest.fixture(scope="session")
def server_process() -> Iterator[str]:
    """The demo server started through its real CLI, on a free port; yields its URL.

    Like the suite's `demo_server` fixture, but with no latency and leaving the
    environment alone.
    """
    with demo_server_process("--latency", "0") as url:
        yield url
