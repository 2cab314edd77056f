"""A well-known book's flags benchmark: 20 downloads; 7.18 s, 1.40 s, 1.35 s.

The published figures are averages of 3 runs, one at a time, on a thread pool and
with asyncio. The demo server waits 7.18/20 s per download; the pool has one
thread per download, and asyncio runs every download at once.
"""

from typing import Any

from tools.bench import clients, published
from tools.bench.demo import demo_server
from tools.bench.measure import Profile

NAME = "published_book"
TITLE = "A book's flags benchmark, 20 downloads: published and measured here"
DOWNLOADS = 20
PUBLISHED = {"sequential": 7.18, "thread pool": 1.40, "asyncio": 1.35}


def run(profile: Profile) -> dict[str, Any]:
    latency = profile.pick(1.0, 1.0, 0.01) * PUBLISHED["sequential"] / DOWNLOADS
    with demo_server(latency=latency) as server:
        urls = [f"{server.url}/images/{n}.png" for n in range(1, DOWNLOADS + 1)]
        clients.sequential(urls[:1])  # warm up
        ways: list[published.Way] = [
            (
                "sequential",
                "sequential",
                PUBLISHED["sequential"],
                lambda: clients.sequential(urls),
                DOWNLOADS * latency,
            ),
            (
                "thread_pool",
                "thread pool",
                PUBLISHED["thread pool"],
                lambda: clients.threads(urls),
                latency,
            ),
            (
                "asyncio",
                "asyncio",
                PUBLISHED["asyncio"],
                lambda: clients.asyncio_tasks(urls),
                latency,
            ),
        ]
        speedups = {"sequential": 1, "thread_pool": DOWNLOADS, "asyncio": DOWNLOADS}
        measurements = published.measure(profile, ways, speedups)
    return {
        "demo_server": server.settings,
        "settings": {
            "latency": latency,
            "downloads": DOWNLOADS,
            "thread_pool_workers": DOWNLOADS,
            "source": "a well-known book (averages of 3 runs)",
            "ideal": "sequential: 20 waits; threads and asyncio: one wait",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    return published.chart(
        results,
        results_sha256,
        "Time to download 20 flags: published, and measured here.",
    )
