"""How many threads for downloads: one batch of images, pools of 1 to 50 threads.

With W threads, N downloads that each wait L seconds ideally take
ceil(N / W) waits: the pool works through them in rounds of W.
"""

import functools
from typing import Any

from tools.bench import charts, clients
from tools.bench.demo import demo_server
from tools.bench.measure import Profile, repeat, summary

NAME = "download_workers"
TITLE = "Downloads on a thread pool: time as the number of threads grows"
LATENCY = 0.1


def run(profile: Profile) -> dict[str, Any]:
    count = profile.pick(50, 50, 4)
    pool_sizes = profile.pick([1, 2, 5, 10, 25, 50], [1, 2, 5, 10, 25, 50], [1, 4])
    repeats = min(profile.repeats, 3)
    measurements: dict[str, Any] = {}
    with demo_server(latency=LATENCY) as server:
        urls = [f"{server.url}/images/{n}.png" for n in range(1, count + 1)]
        clients.sequential(urls[:1])  # warm up
        for workers in pool_sizes:
            on_threads = functools.partial(clients.threads, urls, workers)
            times = repeat(on_threads, repeats)
            ideal = LATENCY * -(-count // workers)
            measurements[f"threads.{workers}"] = summary(
                times, ideal, label="threads", workers=workers, downloads=count
            )
    return {
        "demo_server": server.settings,
        "settings": {
            "latency": LATENCY,
            "downloads": count,
            "task": "GET /images/{n}.png (20-150 KB), urllib, one connection each",
            "ideal": "ceil(downloads / threads) waits",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    measured = list(results["measurements"].values())
    series = [
        charts.Series("threads", [(m["workers"], m["median"]) for m in measured]),
        charts.Series(
            "ideal: ceil(downloads / threads) waits",
            [(m["workers"], m["ideal"]) for m in measured],
            ideal=True,
        ),
    ]
    settings = results["settings"]
    return charts.line_chart(
        results,
        results_sha256,
        series,
        x_label="threads in the pool (log scale)",
        y_label="seconds (log scale)",
        log_x=True,
        log_y=True,
        description=(
            f"Median wall time of {settings['downloads']} image downloads, each"
            f" waiting {settings['latency']} s on the demo server, on thread pools"
            " of different sizes."
        ),
    )
