"""Run the demo server in its own process, on a free port, with a given latency.

A separate process, as readers run it (``python -m overlap.server``): in the
measuring process, the server's event loop would compete for the GIL with the
threads being measured. Its CPU time can be read, because at many requests at
once the server's work per request, not the wait, sets the pace.
"""

import contextlib
import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from overlap.server import ServerSettings


def flags(settings: ServerSettings) -> list[str]:
    """Command-line flags for `settings`."""
    return [
        part
        for name, value in dataclasses.asdict(settings).items()
        for part in (f"--{name.replace('_', '-')}", str(value))
    ]


@dataclasses.dataclass(frozen=True)
class DemoServer:
    """A running demo server.

    Attributes:
        url: Where it listens, such as ``http://127.0.0.1:40123``.
        settings: The settings it runs with, as saved in the results (not the port:
            a free one, different on every run).
        pid: Its process id.
    """

    url: str
    settings: dict[str, Any]
    pid: int

    def cpu_time(self) -> float | None:
        """Seconds of CPU time the server's threads have used so far.

        Read from Linux's `/proc` (`schedstat`, in nanoseconds); None elsewhere.
        """
        tasks = Path(f"/proc/{self.pid}/task")
        if not tasks.is_dir():
            return None
        nanoseconds = 0
        for schedstat in tasks.glob("*/schedstat"):
            with contextlib.suppress(FileNotFoundError):  # a thread that just ended
                nanoseconds += int(schedstat.read_text(encoding="ascii").split()[0])
        return nanoseconds / 1e9


@contextlib.contextmanager
def demo_server(**settings: Any) -> Iterator[DemoServer]:
    """Start the server on a free port of 127.0.0.1 and stop it afterwards."""
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
        del recorded["port"]
        yield DemoServer(url, recorded, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=20)
