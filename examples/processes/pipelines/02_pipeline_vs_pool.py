import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Barrier, Process, Queue
from multiprocessing.synchronize import Barrier as BarrierType

ITEMS = 300
WORKERS = 2  # one per core, in both the pipeline and the pool
ROUNDS = 5
STOP = None


def checksum(seed: int) -> int:  # about a millisecond of pure-Python work
    total = 0
    for step in range(20_000):
        total = (total + seed * step) % 1_000_003
    return total


def produce(tasks: Queue, go: BarrierType) -> None:
    go.wait()
    for index in range(ITEMS):
        tasks.put(index)
    for _ in range(WORKERS):
        tasks.put(STOP)


def transform(tasks: Queue, results: Queue, go: BarrierType) -> None:
    go.wait()
    while (index := tasks.get(timeout=10)) is not STOP:
        results.put((index, checksum(index)))
    results.put(STOP)


def write(results: Queue, report: Queue, go: BarrierType) -> None:
    go.wait()
    finished, received = 0, {}
    while finished < WORKERS:
        message = results.get(timeout=10)
        if message is STOP:
            finished += 1
        else:
            received[message[0]] = message[1]
    report.put([received[index] for index in range(ITEMS)])


def time_pipeline() -> tuple[float, list[int]]:
    tasks, results, report = Queue(), Queue(), Queue()
    go = Barrier(WORKERS + 3)  # the processes and main start together
    processes = [Process(target=produce, args=(tasks, go))]
    processes += [
        Process(target=transform, args=(tasks, results, go)) for _ in range(WORKERS)
    ]
    processes.append(Process(target=write, args=(results, report, go)))
    for process in processes:
        process.start()
    go.wait()  # every process is up: start-up time is not counted
    start = time.perf_counter()
    written = report.get(timeout=30)
    elapsed = time.perf_counter() - start
    for process in processes:
        process.join(timeout=10)
    return elapsed, written


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def time_pool(pool: ProcessPoolExecutor) -> tuple[float, list[int]]:
    start = time.perf_counter()
    returned = list(pool.map(checksum, range(ITEMS)))
    return time.perf_counter() - start, returned


def time_alone() -> tuple[float, list[int]]:
    start = time.perf_counter()
    returned = list(map(checksum, range(ITEMS)))  # one at a time, in this process
    return time.perf_counter() - start, returned


def main() -> None:
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        started: set[int] = set()
        while len(started) < WORKERS:  # start every worker before timing
            started.update(pool.map(worker_pid, range(WORKERS)))
        rounds = [
            (time_alone(), time_pipeline(), time_pool(pool)) for _ in range(ROUNDS)
        ]  # interleaved: a busy moment spoils one round, not one way
    (alone, expected), (pipeline, written), (on_pool, returned) = (
        min(way) for way in zip(*rounds, strict=True)  # the fastest round of each
    )
    print(f"same {ITEMS} results, in input order: {expected == written == returned}")
    #> same 300 results, in input order: True
    print(f"pipeline of {WORKERS} workers: {alone / pipeline:.1f}x one process")
    #> pipeline of 2 workers: 1.7x one process
    print(f"pool of {WORKERS} workers:     {alone / on_pool:.1f}x one process")
    #> pool of 2 workers:     1.6x one process
    ratio = on_pool / pipeline
    print(f"about the same (within 1.5x): {1 / 1.5 < ratio < 1.5}")
    #> about the same (within 1.5x): True


if __name__ == "__main__":
    main()
