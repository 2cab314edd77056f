import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from math import isqrt

LIMIT = 150_000  # count the primes below this
JOBS = 8
WORKERS = 2
ROUNDS = 5
RunEach = Callable[[Callable[[range], int], list[range]], Iterable[int]]


def count_primes(odd_numbers: range) -> int:
    # Trial division in pure Python: it runs only while its thread holds the GIL.
    return sum(
        all(number % divisor for divisor in range(3, isqrt(number) + 1, 2))
        for number in odd_numbers
    )


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def time_jobs(run_each: RunEach, jobs: list[range]) -> float:
    start = time.perf_counter()
    sum(run_each(count_primes, jobs))  # sum() waits for every result
    return time.perf_counter() - start


def main() -> None:
    odd_numbers = range(3, LIMIT, 2)  # 2 is the only even prime
    jobs = [odd_numbers[job::JOBS] for job in range(JOBS)]  # dealt out like cards
    print(f"primes below {LIMIT:,}: {1 + sum(map(count_primes, jobs)):,}")
    #> primes below 150,000: 13,848
    has_affinity = hasattr(os, "sched_getaffinity")  # Linux: honours taskset
    cores = len(os.sched_getaffinity(0)) if has_affinity else os.cpu_count() or 1
    print(f"cores available: {cores}")
    #> cores available: 2
    with (
        ProcessPoolExecutor(max_workers=WORKERS) as processes,
        ThreadPoolExecutor(max_workers=WORKERS) as threads,
    ):
        started: set[int] = set()
        while len(started) < WORKERS:  # start every worker before timing
            started.update(processes.map(worker_pid, range(WORKERS)))
        # Each round times the three ways one after the other; a moment when
        # another program holds a core then spoils one round, not one way.
        ways = (map, threads.map, processes.map)
        rounds = [[time_jobs(way, jobs) for way in ways] for _ in range(ROUNDS)]
    alone, on_threads, on_processes = map(min, zip(*rounds, strict=True))
    print(f"threads ({WORKERS} workers): {alone / on_threads:.1f}x")
    #> threads (2 workers): 1.0x
    speed_up = alone / on_processes
    print(f"processes ({WORKERS} workers): {speed_up:.1f}x")
    #> processes (2 workers): 1.9x
    ideal = min(WORKERS, cores)  # one worker per core, at most
    print(f"ideal (linear) speed-up: {ideal:.1f}x, reached: {speed_up / ideal:.0%}")
    #> ideal (linear) speed-up: 2.0x, reached: 95%


if __name__ == "__main__":
    main()
