"""Start the demo server the way readers do, as `python -m overlap.server`."""

import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterator

STOP_TIMEOUT = 20  # seconds the server may take to exit after SIGTERM


@contextlib.contextmanager
def demo_server_process(*flags: str) -> Iterator[str]:
    """Run the demo server's CLI on a free port of 127.0.0.1 and yield its URL.

    On exit it stops the server and checks that it exited cleanly and wrote
    nothing to stderr (no logged error, no traceback) while it ran.
    """
    with tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "overlap.server", "--port", "0", *flags],
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
