"""A tutorial's downloader: 15 images, about 23 s one at a time, about 5 s on a pool.

The demo server waits 23/15 s per image, the published time per download.
The pool has Python's default number of threads, min(32, cores + 4).
"""

from typing import Any

from tools.bench import clients, published
from tools.bench.demo import demo_server
from tools.bench.measure import Profile

NAME = "published_tutorial"
TITLE = "A tutorial's downloader, 15 images: published and measured here"
IMAGES = 15
PUBLISHED = {"sequential": 23.0, "thread pool": 5.0}


def run(profile: Profile) -> dict[str, Any]:
    latency = profile.pick(1.0, 1.0, 0.01) * PUBLISHED["sequential"] / IMAGES
    workers = clients.default_thread_workers()
    with demo_server(latency=latency) as server:
        urls = [f"{server.url}/images/{n}.png" for n in range(1, IMAGES + 1)]
        clients.sequential(urls[:1])  # warm up
        ways: list[published.Way] = [
            (
                "sequential",
                "sequential",
                PUBLISHED["sequential"],
                lambda: clients.sequential(urls),
                IMAGES * latency,
            ),
            (
                "thread_pool",
                "thread pool",
                PUBLISHED["thread pool"],
                lambda: clients.threads(urls, workers),
                -(-IMAGES // workers) * latency,
            ),
        ]
        speedups = {"sequential": 1, "thread_pool": IMAGES / -(-IMAGES // workers)}
        measurements = published.measure(profile, ways, speedups)
    return {
        "demo_server": server.settings,
        "settings": {
            "latency": latency,
            "images": IMAGES,
            "thread_pool_workers": workers,
            "source": "a tutorial (figures quoted as 'about')",
            "ideal": "sequential: 15 waits; pool of W threads: ceil(15 / W) waits",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    return published.chart(
        results,
        results_sha256,
        "Time to download 15 images: published, and measured here.",
    )
