import os
import time
from concurrent.futures import ProcessPoolExecutor

JOBS = 500
ROUNDS = 5


def double(number: int) -> int:
    return 2 * number  # far less work than sending the job to a worker


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def time_map(pool: ProcessPoolExecutor, chunksize: int) -> float:
    start = time.perf_counter()
    results = list(pool.map(double, range(JOBS), chunksize=chunksize))
    assert results == [2 * number for number in range(JOBS)]
    return time.perf_counter() - start


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        started: set[int] = set()
        while len(started) < 2:  # start every worker before timing
            started.update(pool.map(worker_pid, range(2)))
        rounds = [
            (time_map(pool, chunksize=1), time_map(pool, chunksize=50))
            for _ in range(ROUNDS)
        ]  # chunksize=1 is the default of Executor.map(); 50 makes 10 messages
    one_by_one, in_chunks = map(min, zip(*rounds, strict=True))  # best of 5
    print(f"{JOBS:,} tiny jobs, chunksize=1:   {one_by_one * 1000:.0f} ms")
    #> 500 tiny jobs, chunksize=1:   70 ms
    print(f"{JOBS:,} tiny jobs, chunksize=50: {in_chunks * 1000:.0f} ms")
    #> 500 tiny jobs, chunksize=50: 2 ms
    print(f"chunksize=50 over 10x faster: {one_by_one > 10 * in_chunks}")
    #> chunksize=50 over 10x faster: True


if __name__ == "__main__":
    main()
