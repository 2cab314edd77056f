"""How many cores this machine could give a computation just now, measured.

When an example that measures parallel computation misses its figures, the failure
says how much of the machine was free: a speed-up of 1.2x where 1.9x is shown means
one thing on a quiet machine and another when a second program holds a core.
"""

import os
import time
from concurrent.futures import ProcessPoolExecutor

PROBE_SECONDS = 0.5


def cores_for_this_process() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def _spin(seconds: float) -> float:
    """Compute for `seconds` of wall time; return the CPU time this process got."""
    start_cpu, deadline = time.process_time(), time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        pass
    return time.process_time() - start_cpu


def free_cores(seconds: float = PROBE_SECONDS) -> float:
    """CPU seconds that one busy process per core got, per second of wall time."""
    cores = cores_for_this_process()
    with ProcessPoolExecutor(cores) as pool:
        pool.submit(_spin, 0.01).result()  # workers started before the probe
        return sum(pool.map(_spin, [seconds] * cores)) / seconds


def diagnosis() -> str:
    """One line for a failure message: cores free now, out of how many, and the load."""
    cores = cores_for_this_process()
    measured = free_cores()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    verdict = (
        "the machine is busy: this figure cannot hold here now"
        if measured < cores - 0.3
        else "the machine looks quiet: the miss is not explained by load"
    )
    return (
        f"measured just now: {measured:.1f} of {cores} cores free (load average"
        f" {load}); {verdict}"
    )
