"""I/O-bound work as the number of tasks grows: sequential, threads, asyncio, processes.

Each task downloads a small JSON item from the demo server, which waits
``latency`` seconds before answering. N overlapping waits ideally take one wait;
one at a time they take N.
"""

import functools
from typing import Any

from tools.bench import charts, clients
from tools.bench.demo import demo_server
from tools.bench.measure import (
    Profile,
    repeat_with_cpu,
    summary,
    with_cpu,
    with_server_cpu,
)

NAME = "io_sweep"
TITLE = "I/O-bound tasks: time as the number of tasks grows"
LATENCY = 0.1
WAYS = ("sequential", "threads", "asyncio", "processes")


def counts(profile: Profile) -> list[int]:
    return profile.pick([1, 10, 100, 1000], [1, 10, 100, 1000], [1, 4])


def sequential_limit(profile: Profile) -> int:
    """One at a time, 1,000 tasks would take 1,000 waits: sequential stops here."""
    return profile.pick(100, 100, 4)


def run(profile: Profile) -> dict[str, Any]:
    measurements: dict[str, Any] = {}
    with demo_server(latency=LATENCY) as server:
        for count in counts(profile):
            urls = [f"{server.url}/api/items/{n}" for n in range(1, count + 1)]
            clients.sequential(urls[:1])  # warm up imports and the first connection
            workers = min(count, clients.MAX_PROCESSES)
            with clients.started_process_pool(workers) as pool:
                runs = {
                    "sequential": functools.partial(clients.sequential, urls),
                    "threads": functools.partial(clients.threads, urls),
                    "asyncio": functools.partial(clients.asyncio_tasks, urls),
                    "processes": functools.partial(clients.on_processes, pool, urls),
                }
                for way in WAYS:
                    if way == "sequential" and count > sequential_limit(profile):
                        continue
                    ideal = LATENCY * (count if way == "sequential" else 1)
                    if way == "processes":
                        ideal = LATENCY * -(-count // workers)  # rounds of waits
                    details = dict(
                        label=way,
                        tasks=count,
                        workers=workers if way == "processes" else count,
                    )
                    times, cpu_times, server_cpu_times = repeat_with_cpu(
                        runs[way], profile.repeats, server.cpu_time
                    )
                    measured = summary(times, ideal, **details)
                    if way != "processes":  # their CPU time is the pool's, not ours
                        measured = with_cpu(measured, cpu_times)
                    measured = with_server_cpu(measured, server_cpu_times)
                    measurements[f"{way}.{count}"] = measured
    return {
        "demo_server": server.settings,
        "settings": {
            "latency": LATENCY,
            "task": "GET /api/items/{n} (small JSON), one connection per request",
            "threads": "one thread per task (ThreadPoolExecutor)",
            "asyncio": "one task per download, asyncio.gather, stdlib streams",
            "processes": "a pool of min(tasks, max_processes) workers, started first",
            "cpu": "CPU time of the measuring process (not of pool workers)",
            "server_cpu": "CPU time of the demo server's process",
            "max_processes": clients.MAX_PROCESSES,
            "sequential_up_to": sequential_limit(profile),
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    measured = results["measurements"]
    series = []
    for way in WAYS:
        points = [
            (m["tasks"], m["median"]) for m in measured.values() if m["label"] == way
        ]
        series.append(charts.Series(way, points))
    ideal = sorted({(m["tasks"], LATENCY) for m in measured.values()})
    series.append(charts.Series("ideal: one wait", ideal, ideal=True))
    return charts.line_chart(
        results,
        results_sha256,
        series,
        x_label="tasks (log scale)",
        y_label="seconds (log scale)",
        log_x=True,
        log_y=True,
        description=(
            f"Median wall time of N downloads, each waiting {LATENCY} s on the demo"
            " server, done one at a time, on threads, on asyncio and on processes."
        ),
    )
