"""The same downloads done four ways: one at a time, threads, asyncio, processes.

The blocking client is `urllib.request`; the asyncio client writes the same
HTTP/1.1 request on `asyncio` streams. Both are standard library, and both open
one connection per request, so the four ways differ only in how they wait.
"""

import asyncio
import os
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from urllib.parse import urlsplit

MAX_PROCESSES = 100  # a process per waiting task costs memory; beyond this, reuse


def fetch(url: str) -> int:
    """Download `url` with a blocking call; return the number of bytes."""
    with urllib.request.urlopen(url, timeout=60) as response:
        return len(response.read())


async def fetch_async(url: str) -> int:
    """Download `url` on asyncio streams; return the number of body bytes."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n"
        )
        writer.write(request.encode("ascii"))
        data = await reader.read()  # the server closes after the response
    finally:
        writer.close()
        await writer.wait_closed()
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"{url}: {head.split(b'\r\n', 1)[0]!r}")
    return len(body)


def sequential(urls: list[str]) -> int:
    return sum(fetch(url) for url in urls)


def threads(urls: list[str], workers: int | None = None) -> int:
    """On a thread pool of `workers` (default: one thread per URL)."""
    with ThreadPoolExecutor(max_workers=workers or len(urls)) as pool:
        return sum(pool.map(fetch, urls))


def default_thread_workers() -> int:
    """ThreadPoolExecutor's default size: min(32, cores + 4)."""
    count = getattr(os, "process_cpu_count", os.cpu_count)()  # 3.13+: affinity
    return min(32, (count or 1) + 4)


def asyncio_tasks(urls: list[str]) -> int:
    """Every download a task of one event loop, all at once."""

    async def main() -> int:
        return sum(await asyncio.gather(*(fetch_async(url) for url in urls)))

    return asyncio.run(main())


def _worker_ready(_: int) -> int:
    time.sleep(0.2)  # keeps this worker busy so that the next job starts another
    return os.getpid()


def started_process_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers have all started, so timing leaves out startup."""
    pool = ProcessPoolExecutor(max_workers=workers)
    started: set[int] = set()
    while len(started) < workers:
        started.update(pool.map(_worker_ready, range(workers)))
    return pool


def on_processes(pool: ProcessPoolExecutor, urls: list[str]) -> int:
    return sum(pool.map(fetch, urls))
