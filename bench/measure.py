"""Repeat a measurement and summarise it: median, min, max, spread, ratio to ideal."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Profile:
    """How hard to measure: ``full`` for the site, ``quick`` and ``smoke`` to develop.

    Attributes:
        name: ``full``, ``quick`` or ``smoke``.
        repeats: Runs of each measurement (each comparison may use fewer when one
            run is long; its results say how many).
    """

    name: str
    repeats: int

    def pick(self, full: Any, quick: Any, smoke: Any) -> Any:
        """The value for this profile."""
        return {"full": full, "quick": quick, "smoke": smoke}[self.name]


PROFILES = {
    "full": Profile("full", 5),
    "quick": Profile("quick", 2),
    "smoke": Profile("smoke", 1),
}


def timed(action: Callable[[], object]) -> float:
    """Seconds of wall time that `action()` took."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def repeat(action: Callable[[], object], repeats: int) -> list[float]:
    """Wall times of `repeats` runs of `action()`, in the order they ran."""
    return [timed(action) for _ in range(repeats)]


def summary(times: list[float], ideal: float, **extra: Any) -> dict[str, Any]:
    """Median, min, max and spread of `times`, and how far the median is from `ideal`.

    `ideal` is the time the run would take with perfect overlap (N overlapping
    waits take one wait) or perfect parallelism (P cores do the work P times
    faster). ``ratio_to_ideal`` is median / ideal: 1.00 is ideal, 1.10 is 10%
    slower. ``spread`` is (max - min) / median.
    """
    median = statistics.median(times)
    return {
        **extra,
        "repeats": len(times),
        "times": [round(value, 6) for value in times],
        "median": round(median, 6),
        "min": round(min(times), 6),
        "max": round(max(times), 6),
        "spread": round((max(times) - min(times)) / median, 4),
        "ideal": round(ideal, 6),
        "ratio_to_ideal": round(median / ideal, 4),
    }


def with_speedup(
    result: dict[str, Any], baseline: float, ideal_speedup: float
) -> dict[str, Any]:
    """Add ``speedup`` (baseline / median) and ``efficiency`` (of `ideal_speedup`)."""
    speedup = baseline / result["median"]
    return {
        **result,
        "speedup": round(speedup, 4),
        "efficiency": round(speedup / ideal_speedup, 4),
    }
