import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from math import isqrt

LIMIT = 100_000  # a smaller count than in 01_threads_vs_processes.py
COUNTS = (8, 80, 800)  # the same work, cut into more and smaller jobs
WORKERS = 2
ROUNDS = 4
RunEach = Callable[[Callable[[range], int], list[range]], Iterable[int]]


def count_primes(odd_numbers: range) -> int:
    return sum(
        all(number % divisor for divisor in range(3, isqrt(number) + 1, 2))
        for number in odd_numbers
    )


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def time_jobs(run_each: RunEach, jobs: list[range]) -> float:
    start = time.perf_counter()
    sum(run_each(count_primes, jobs))
    return time.perf_counter() - start


def main() -> None:
    odd_numbers = range(3, LIMIT, 2)
    job_lists = [[odd_numbers[job::count] for job in range(count)] for count in COUNTS]
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        started: set[int] = set()
        while len(started) < WORKERS:  # start every worker before timing
            started.update(pool.map(worker_pid, range(WORKERS)))
        ways = (map, pool.map)  # one at a time, then on the pool
        rounds = [
            [time_jobs(way, jobs) for jobs in job_lists for way in ways]
            for _ in range(ROUNDS)
        ]
    best = list(map(min, zip(*rounds, strict=True)))  # alone, pool, alone, pool...
    for count, alone, on_pool in zip(COUNTS, best[::2], best[1::2], strict=True):
        size = round(len(odd_numbers) / count)
        print(f"{count:,} jobs of about {size:,} numbers: {alone / on_pool:.1f}x")
        #> 8 jobs of about 6,250 numbers: 1.8x
        #> 80 jobs of about 625 numbers: 1.4x
        #> 800 jobs of about 62 numbers: 0.5x


if __name__ == "__main__":
    main()
