"""CPU-bound work across worker counts: threads and processes, 1 to 8 workers.

Eight equal jobs of a pure-Python loop. With P processes on C available cores
the ideal is min(P, C)-fold faster than one at a time; threads share one GIL, so
their ideal is no faster.
"""

import contextlib
import functools
import statistics
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tools.bench import charts, clients
from tools.bench.machine import cores_available
from tools.bench.measure import Profile, interleaved, summary, with_speedup
from tools.bench.work import add_up, on_pool, one_at_a_time

NAME = "cpu_workers"
TITLE = "CPU-bound jobs: speed-up as the number of workers grows"
JOBS = 8


def job_size(profile: Profile) -> int:
    return profile.pick(2_000_000, 1_000_000, 50_000)


def workers(profile: Profile) -> list[int]:
    return profile.pick([1, 2, 4, 8], [1, 2, 4, 8], [1, 2])


def run(profile: Profile) -> dict[str, Any]:
    jobs = [job_size(profile)] * JOBS
    cores = cores_available()
    add_up(jobs[0])  # warm up
    actions: dict[str, Callable[[], object]] = {
        "sequential.1": functools.partial(one_at_a_time, add_up, jobs)
    }
    with contextlib.ExitStack() as pools:
        for count in workers(profile):
            for way, pool in (
                ("threads", ThreadPoolExecutor(max_workers=count)),
                ("processes", clients.started_process_pool(count)),
            ):
                pools.enter_context(pool)
                run_on_pool = functools.partial(on_pool, pool, add_up, jobs)
                actions[f"{way}.{count}"] = run_on_pool
        times = interleaved(actions, profile.repeats)
    baseline = statistics.median(times["sequential.1"])
    sequential = summary(
        times["sequential.1"], baseline, label="one at a time", workers=1
    )
    measurements: dict[str, Any] = {
        "sequential.1": {**sequential, "speedup": 1.0, "efficiency": 1.0}
    }
    for count in workers(profile):
        measurements[f"threads.{count}"] = with_speedup(
            summary(
                times[f"threads.{count}"], baseline, label="threads", workers=count
            ),
            baseline,
            1,
        )
        ideal_speedup = min(count, cores)
        measurements[f"processes.{count}"] = with_speedup(
            summary(
                times[f"processes.{count}"],
                baseline / ideal_speedup,
                label="processes",
                workers=count,
            ),
            baseline,
            ideal_speedup,
        )
    return {
        "demo_server": None,
        "settings": {
            "jobs": JOBS,
            "job": f"add_up({job_size(profile):,}): a pure-Python loop",
            "cores_available": cores,
            "ideal": "threads: 1x (one GIL); processes: min(workers, cores)-fold",
            "processes": "a pool started before timing",
            "order": "in rounds: one run of every way and worker count per round",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    measured = results["measurements"]
    cores = results["settings"]["cores_available"]
    series = [
        charts.Series(
            way,
            [
                (m["workers"], m["speedup"])
                for m in measured.values()
                if m["label"] == way
            ],
        )
        for way in ("processes", "threads")
    ]
    counts = sorted({m["workers"] for m in measured.values()})
    ideal = [(count, float(min(count, cores))) for count in counts]
    series.append(
        charts.Series(f"ideal: min(workers, {cores} cores)", ideal, ideal=True)
    )
    return charts.line_chart(
        results,
        results_sha256,
        series,
        x_label="workers",
        y_label="speed-up over one at a time",
        y_from_zero=True,
        description=(
            f"Median speed-up of {results['settings']['jobs']} pure-Python jobs on"
            " threads and on processes, over running them one at a time."
        ),
    )
