import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor

TOTAL = 16_000_000  # numbers to add up, split into four jobs
JOBS = 4
RunEach = Callable[[Callable[[int], int], list[int]], Iterable[int]]


def add_up(count: int) -> int:
    total = 0
    for number in range(count):  # the same pure-Python loop as on threads
        total += number
    return total


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def time_four_jobs(run_each: RunEach) -> float:
    start = time.perf_counter()
    list(run_each(add_up, [TOTAL // JOBS] * JOBS))  # list() waits for every result
    return time.perf_counter() - start


def main() -> None:
    with ProcessPoolExecutor(max_workers=JOBS) as pool:
        started: set[int] = set()
        while len(started) < JOBS:  # start every worker before timing
            started.update(pool.map(worker_pid, range(JOBS)))
        rounds = [(time_four_jobs(map), time_four_jobs(pool.map)) for _ in range(3)]
    one_at_a_time, on_processes = map(min, zip(*rounds, strict=True))  # best of 3
    print(f"{JOBS} processes: {one_at_a_time / on_processes:.1f}x")
    #> 4 processes: 1.8x


if __name__ == "__main__":
    main()
