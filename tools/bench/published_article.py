"""A well-known article: 160 downloads; sync 14.29 s, 5 threads 3.19 s, asyncio 0.49 s.

The demo server waits 14.29/160 s per download. Five threads work through the
160 downloads in 32 rounds; asyncio runs all of them at once.
"""

from typing import Any

from tools.bench import clients, published
from tools.bench.demo import demo_server
from tools.bench.measure import Profile

NAME = "published_article"
TITLE = "An article's downloads, 160 of them: published and measured here"
DOWNLOADS = 160
THREADS = 5
PUBLISHED = {"sequential": 14.29, "5 threads": 3.19, "asyncio": 0.49}


def run(profile: Profile) -> dict[str, Any]:
    latency = profile.pick(1.0, 1.0, 0.01) * PUBLISHED["sequential"] / DOWNLOADS
    rounds = -(-DOWNLOADS // THREADS)
    with demo_server(latency=latency) as server:
        urls = [f"{server.url}/api/items/{n}" for n in range(1, DOWNLOADS + 1)]
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
                "threads",
                "5 threads",
                PUBLISHED["5 threads"],
                lambda: clients.threads(urls, THREADS),
                rounds * latency,
            ),
            (
                "asyncio",
                "asyncio",
                PUBLISHED["asyncio"],
                lambda: clients.asyncio_tasks(urls),
                latency,
            ),
        ]
        speedups = {
            "sequential": 1,
            "threads": DOWNLOADS / rounds,
            "asyncio": DOWNLOADS,
        }
        measurements = published.measure(profile, ways, speedups)
    return {
        "demo_server": server.settings,
        "settings": {
            "latency": latency,
            "downloads": DOWNLOADS,
            "threads": THREADS,
            "source": "a well-known article",
            "ideal": "sequential: 160 waits; 5 threads: 32 waits; asyncio: one wait",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    return published.chart(
        results, results_sha256, "Time for 160 downloads: published, and measured here."
    )
