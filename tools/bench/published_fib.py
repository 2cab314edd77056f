"""The article's CPU experiment, scaled: fib(N) x 20; published fib(35): 35.4 s,
threads 39.9 s, processes 10.0 s on 4 cores.

fib(35) x 20 takes about half a minute one at a time on this machine, so the
bench computes fib(30), about 11 times less work, and compares speed-ups, which
do not depend on the size of the job.
"""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tools.bench import clients, published
from tools.bench.machine import cores_available
from tools.bench.measure import Profile
from tools.bench.work import fib

NAME = "published_fib"
TITLE = "An article's fib x 20, scaled to fib(30): published and measured here"
JOBS = 20
PUBLISHED = {"sequential": 35.4, "threads": 39.9, "processes": 10.0}
PUBLISHED_CORES = 4
PUBLISHED_N = 35


def calls(n: int) -> int:
    """How many calls fib(n) makes, 2 fib(n + 1) - 1: the measure of its work."""
    previous, current = 0, 1
    for _ in range(n):
        previous, current = current, previous + current
    return 2 * current - 1


def run(profile: Profile) -> dict[str, Any]:
    n = profile.pick(30, 28, 18)
    cores = cores_available()
    fib(n)  # warm up
    with (
        ThreadPoolExecutor(max_workers=cores) as threads,
        clients.started_process_pool(cores) as processes,
    ):
        ways: list[published.Way] = [
            (
                "sequential",
                "sequential",
                PUBLISHED["sequential"],
                lambda: [fib(n) for _ in range(JOBS)],
                None,  # ideal: from the sequential median
            ),
            (
                "threads",
                "threads",
                PUBLISHED["threads"],
                lambda: list(threads.map(fib, [n] * JOBS)),
                None,  # ideal: from the sequential median
            ),
            (
                "processes",
                "processes",
                PUBLISHED["processes"],
                lambda: list(processes.map(fib, [n] * JOBS)),
                None,  # ideal: from the sequential median
            ),
        ]
        measurements = published.measure(
            profile, ways, {"sequential": 1, "threads": 1, "processes": cores}
        )
    published_ideal = PUBLISHED["sequential"] / PUBLISHED_CORES
    measurements["processes"]["published_efficiency"] = round(
        published_ideal / PUBLISHED["processes"], 4
    )
    return {
        "demo_server": None,
        "settings": {
            "n": n,
            "jobs": JOBS,
            "workers": cores,
            "cores_available": cores,
            "published_cores": PUBLISHED_CORES,
            "work_ratio": round(calls(PUBLISHED_N) / calls(n), 1),
            "source": "a well-known article",
            "scaled": f"Scaled: fib({n}) x {JOBS} here, fib(35) x {JOBS} published.",
            "ideal": "threads: no faster (one GIL); processes: cores-fold",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    return published.chart(
        results,
        results_sha256,
        f"Speed-up of fib x {JOBS} over one at a time: published, and measured here.",
        speedup=True,
    )
