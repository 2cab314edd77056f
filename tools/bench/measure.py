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


def interleaved(
    actions: dict[str, Callable[[], object]], repeats: int
) -> dict[str, list[float]]:
    """Wall times of `repeats` runs of each action, run in rounds of one run each.

    Rounds, not one action's runs after another's: if the machine slows down for
    a while (another program, or a host that takes a core away), every action's
    runs share the slow moment, and the speed-ups between them hold.
    """
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeats):
        for name, action in actions.items():
            times[name].append(timed(action))
    return times


def repeat_with_cpu(
    action: Callable[[], object],
    repeats: int,
    server_clock: Callable[[], float | None] = lambda: None,
) -> tuple[list[float], list[float], list[float] | None]:
    """Wall times and CPU times of `repeats` runs of `action()`.

    The CPU time is this process's, all its threads together (`time.process_time`):
    the work the run did itself, as opposed to the time it spent waiting. With
    `server_clock` (the CPU time used so far by the server the run talks to, or
    None where it cannot be read), the server's CPU time of each run too.
    """
    walls, cpus, server_cpus = [], [], []
    for _ in range(repeats):
        cpu_start, server_start = time.process_time(), server_clock()
        walls.append(timed(action))
        cpus.append(time.process_time() - cpu_start)
        server_end = server_clock()
        if server_start is not None and server_end is not None:
            server_cpus.append(server_end - server_start)
    return walls, cpus, server_cpus or None


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


def with_cpu(result: dict[str, Any], cpu_times: list[float]) -> dict[str, Any]:
    """Add the run's own CPU time, and the ideal that counts it.

    Overlap hides waiting, not work: a run cannot take less than its waits plus the
    CPU time it spends between them on one thread. ``cpu`` is the median CPU
    time, ``ideal_plus_cpu`` the ideal plus it, and ``ratio_to_ideal_plus_cpu``
    the median over that.
    """
    cpu = statistics.median(cpu_times)
    floor = result["ideal"] + cpu
    return {
        **result,
        "cpu_times": [round(value, 6) for value in cpu_times],
        "cpu": round(cpu, 6),
        "ideal_plus_cpu": round(floor, 6),
        "ratio_to_ideal_plus_cpu": round(result["median"] / floor, 4),
    }


def with_server_cpu(
    result: dict[str, Any], server_cpu_times: list[float] | None
) -> dict[str, Any]:
    """Add ``server_cpu``, the median CPU time of the server that answered the run.

    The server is another process, on another core: its work per request bounds
    a run with many requests as the client's own work does. Nothing is added
    where the server's CPU time could not be read (None).
    """
    if not server_cpu_times:
        return result
    return {
        **result,
        "server_cpu_times": [round(value, 6) for value in server_cpu_times],
        "server_cpu": round(statistics.median(server_cpu_times), 6),
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
