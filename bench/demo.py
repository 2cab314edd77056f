"""Run the demo server in its own process, on a free port, with a given latency.

A separate process, as readers run it (``python -m overlap.server``): in the
measuring process, the server's event loop would compete for the GIL with the
threads being measured.
"""

import contextlib
import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

from overlap.server import ServerSettings


def flags(settings: ServerSettings) -> list[str]:
    """Command-line flags for `settings`."""
    return [
        part
        for name, value in dataclasses.asdict(settings).items()
        for part in (f"--{name.replace('_', '-')}", str(value))
    ]


@contextlib.contextmanager
def demo_server(**settings: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Start the server on a free port of 127.0.0.1; yield (URL, settings used)."""
    chosen = ServerSettings(host="127.0.0.1", port=0, **settings)
    process = subprocess.Popen(
        [sys.executable, "-m", "overlap.server", *flags(chosen)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        if not first_line.startswith("Overlap demo server on http://"):
            raise RuntimeError(f"the demo server did not start: {first_line!r}")
        url = first_line.split(" on ", 1)[1].split()[0]
        recorded = dataclasses.asdict(chosen)
        del recorded["port"]  # a free port, different on every run
        yield url, recorded
    finally:
        process.terminate()
        process.wait(timeout=20)
