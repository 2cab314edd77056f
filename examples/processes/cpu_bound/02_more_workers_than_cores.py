import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from math import isqrt

LIMIT = 150_000  # the same job as in 01_threads_vs_processes.py
JOBS = 8
WORKER_COUNTS = (1, 2, 4)
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
    jobs = [odd_numbers[job::JOBS] for job in range(JOBS)]
    with ExitStack() as stack:  # closes every pool at the end
        pools = [stack.enter_context(ProcessPoolExecutor(n)) for n in WORKER_COUNTS]
        for pool, workers in zip(pools, WORKER_COUNTS, strict=True):
            started: set[int] = set()
            while len(started) < workers:  # start every worker before timing
                started.update(pool.map(worker_pid, range(workers)))
        ways = [map] + [pool.map for pool in pools]  # one at a time, then each pool
        rounds = [[time_jobs(way, jobs) for way in ways] for _ in range(ROUNDS)]
    alone, *on_pools = map(min, zip(*rounds, strict=True))
    for workers, best in zip(WORKER_COUNTS, on_pools, strict=True):
        print(f"pool of {workers}: {alone / best:.1f}x")
        #> pool of 1: 1.0x
        #> pool of 2: 1.9x
        #> pool of 4: 1.9x


if __name__ == "__main__":
    main()
