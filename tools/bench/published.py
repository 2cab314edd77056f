"""Shared by the published experiments: run them beside the published figures.

Each experiment module gives the published times, the latency that matches the
published sequential time per download, and how to run each way here. The
results put the published time, its speed-up over sequential, the measured
median and its speed-up side by side.
"""

import statistics
from collections.abc import Callable
from typing import Any

from tools.bench import charts
from tools.bench.measure import Profile, interleaved, summary, with_speedup

# key, label, published seconds, how to run it, ideal seconds (None: sequential
# median / ideal speed-up, for computation, whose time is known only once measured)
Way = tuple[str, str, float, Callable[[], object], float | None]


def measure(
    profile: Profile, ways: list[Way], parallel: dict[str, float]
) -> dict[str, Any]:
    """Time each way; `parallel` gives each way's ideal speed-up over sequential.

    The first way is the sequential one, the baseline of every speed-up.
    """
    repeats = min(profile.repeats, 3)  # as the book: 3 runs (they are long)
    measurements: dict[str, Any] = {}
    baseline = published_baseline = 0.0
    runs = interleaved({way[0]: way[3] for way in ways}, repeats)
    for key, label, published, _, ideal in ways:
        times = runs[key]
        if not measurements:
            baseline, published_baseline = statistics.median(times), published
        if ideal is None:
            ideal = baseline / parallel[key]
        result = summary(times, ideal, label=label)
        result = with_speedup(result, baseline, parallel[key])
        result["published"] = published
        result["published_speedup"] = round(published_baseline / published, 4)
        measurements[key] = result
    return measurements


def chart(
    results: dict[str, Any],
    results_sha256: str,
    description: str,
    speedup: bool = False,
) -> str:
    """Published beside measured: seconds, or speed-ups if the run was scaled."""
    measured = results["measurements"].values()
    if speedup:
        rows = [(m["label"], m["published_speedup"], m["speedup"]) for m in measured]
    else:
        rows = [(m["label"], m["published"], m["median"]) for m in measured]
    note = results["settings"].get("scaled", "")
    return charts.bar_chart(
        results,
        results_sha256,
        rows,
        description=description,
        scaled_note=note,
        speedup=speedup,
    )
