import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

JOBS = 8
Job = Callable[[int], object]


def wait_for_reply(job: int) -> int:
    time.sleep(0.25)  # stands in for a network call
    return job


def sum_of_squares(job: int) -> int:
    total = 0
    for number in range(1_700_000):
        total += number * number
    return total


def start_worker(job: int) -> int:
    time.sleep(0.25)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def run_eight(job: Job, run_each: Callable[[Job, range], Iterable[object]]) -> float:
    timings = []
    for _ in range(3):  # keep the best of three: a slower run was disturbed
        start = time.perf_counter()
        list(run_each(job, range(JOBS)))  # list() waits for every result
        timings.append(time.perf_counter() - start)
    return min(timings)


def compare(job: Job, threads: Executor, processes: Executor) -> None:
    one_at_a_time = run_eight(job, map)
    on_threads = one_at_a_time / run_eight(job, threads.map)
    on_processes = one_at_a_time / run_eight(job, processes.map)
    print(f"{job.__name__}: threads {on_threads:.1f}x, processes {on_processes:.1f}x")
    #> wait_for_reply: threads 8.0x, processes 7.9x
    #> sum_of_squares: threads 1.0x, processes 1.8x


def main() -> None:
    with ProcessPoolExecutor(max_workers=JOBS) as processes:
        # Start every worker before timing anything: start-up is not the topic here.
        started: set[int] = set()
        while len(started) < JOBS:  # until eight different workers have answered
            started.update(processes.map(start_worker, range(JOBS)))
        with ThreadPoolExecutor(max_workers=JOBS) as threads:
            compare(wait_for_reply, threads, processes)
            compare(sum_of_squares, threads, processes)


if __name__ == "__main__":
    main()
