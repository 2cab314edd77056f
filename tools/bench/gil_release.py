"""C code that releases the GIL: hashing and compressing on 1, 2 and 4 threads.

``hashlib`` releases the GIL for data over 2047 bytes, ``zlib`` while it
compresses; hashing in 1 KiB pieces keeps it, the control. The ideal on T
threads and C cores is min(T, C)-fold.
"""

import contextlib
import functools
import hashlib
import os
import statistics
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tools.bench import charts
from tools.bench.machine import cores_available
from tools.bench.measure import Profile, interleaved, summary, with_speedup
from tools.bench.work import on_pool, one_at_a_time

NAME = "gil_release"
TITLE = "C code that releases the GIL: speed-up on threads"
JOBS = 8
LARGE_PIECE = os.urandom(1024 * 1024)
SMALL_PIECE = LARGE_PIECE[:1024]
LOG = b"".join(b"%d GET /images/%d.png 200\n" % (n, n % 97) for n in range(100_000))


def hash_large_pieces(mebibytes: int) -> bytes:
    digest = hashlib.sha256()
    for _ in range(mebibytes):
        digest.update(LARGE_PIECE)  # 1 MiB: the GIL is released
    return digest.digest()


def hash_small_pieces(mebibytes: int) -> bytes:
    digest = hashlib.sha256()
    for _ in range(mebibytes * 1024):
        digest.update(SMALL_PIECE)  # 1 KiB: the GIL is kept
    return digest.digest()


def compress_log(mebibytes: int) -> bytes:
    return zlib.compress(LOG[: mebibytes * 1024 * 1024 // 8], 6)


JOB_FUNCTIONS: dict[str, Callable[[int], bytes]] = {
    "hashlib, 1 MiB pieces": hash_large_pieces,
    "hashlib, 1 KiB pieces": hash_small_pieces,
    "zlib.compress": compress_log,
}


def run(profile: Profile) -> dict[str, Any]:
    size = profile.pick(16, 8, 1)
    thread_counts = profile.pick([1, 2, 4], [1, 2, 4], [1, 2])
    cores = cores_available()
    measurements: dict[str, Any] = {}
    for key, (label, job) in zip(
        ("hash_large", "hash_small", "zlib"), JOB_FUNCTIONS.items(), strict=True
    ):
        job(size)  # warm up
        sizes = [size] * JOBS
        actions: dict[str, Callable[[], object]] = {
            "sequential": functools.partial(one_at_a_time, job, sizes)
        }
        with contextlib.ExitStack() as pools:
            for count in thread_counts:
                pool = pools.enter_context(ThreadPoolExecutor(max_workers=count))
                actions[str(count)] = functools.partial(on_pool, pool, job, sizes)
            times = interleaved(actions, profile.repeats)
        baseline = statistics.median(times["sequential"])
        measurements[f"{key}.sequential"] = {
            **summary(
                times["sequential"],
                baseline,
                label=f"{label}, one at a time",
                threads=1,
            ),
            "speedup": 1.0,
            "efficiency": 1.0,
        }
        for count in thread_counts:
            ideal_speedup = min(count, cores)
            measurements[f"{key}.{count}"] = with_speedup(
                summary(
                    times[str(count)],
                    baseline / ideal_speedup,
                    label=label,
                    threads=count,
                ),
                baseline,
                ideal_speedup,
            )
    return {
        "demo_server": None,
        "settings": {
            "jobs": JOBS,
            "data_per_job_mib": size,
            "cores_available": cores,
            "ideal": "min(threads, cores)-fold",
        },
        "measurements": measurements,
    }


def chart(results: dict[str, Any], results_sha256: str) -> str:
    measured = results["measurements"]
    cores = results["settings"]["cores_available"]
    series = []
    for label in JOB_FUNCTIONS:
        points = [
            (m["threads"], m["speedup"])
            for m in measured.values()
            if m["label"] == label
        ]
        series.append(charts.Series(label, points))
    counts = sorted({x for s in series for x, _ in s.points})
    series.append(
        charts.Series(
            f"ideal: min(threads, {cores} cores)",
            [(c, float(min(c, cores))) for c in counts],
            ideal=True,
        )
    )
    return charts.line_chart(
        results,
        results_sha256,
        series,
        x_label="threads",
        y_label="speed-up over one at a time",
        y_from_zero=True,
        description=(
            f"Median speed-up of {results['settings']['jobs']} jobs of C code on"
            " threads, over running them one at a time on one thread."
        ),
    )
