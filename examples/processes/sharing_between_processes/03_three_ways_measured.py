import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager, shared_memory

ITEMS = 4_000  # results to deliver to the parent, in two halves
HALF = ITEMS // 2
ROUNDS = 3


def into_proxy(results: list, first: int) -> None:
    for index in range(first, first + HALF):
        results[index] = index * index  # one message to the manager per item


def into_shared_memory(name: str, first: int) -> None:
    block = shared_memory.SharedMemory(name=name)
    numbers = block.buf.cast("q")  # the block as 8-byte integers, no copy
    for index in range(first, first + HALF):
        numbers[index] = index * index  # a plain memory write
    numbers.release()
    block.close()


def as_return_value(_: object, first: int) -> list[int]:
    return [index * index for index in range(first, first + HALF)]  # one message


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def per_thousand(pool: ProcessPoolExecutor, job: Callable, target: object) -> float:
    start = time.perf_counter()
    list(pool.map(job, [target, target], [0, HALF]))  # two workers, a half each
    return (time.perf_counter() - start) / ITEMS * 1e6  # = µs per item


def main() -> None:
    expected = [index * index for index in range(ITEMS)]
    block = shared_memory.SharedMemory(create=True, size=ITEMS * 8)  # before the pool
    try:
        with Manager() as manager, ProcessPoolExecutor(max_workers=2) as pool:
            proxy = manager.list([0] * ITEMS)
            started: set[int] = set()
            while len(started) < 2:  # start both workers before timing
                started.update(pool.map(worker_pid, range(2)))
            rounds = [
                (
                    per_thousand(pool, into_proxy, proxy),
                    per_thousand(pool, into_shared_memory, block.name),
                    per_thousand(pool, as_return_value, None),
                )
                for _ in range(ROUNDS)
            ]
            numbers = block.buf.cast("q")
            complete = list(proxy) == expected == numbers.tolist()
            numbers.release()
    finally:
        block.close()
        block.unlink()
    manager_cost, shared_cost, return_cost = map(min, zip(*rounds, strict=True))
    print(f"every way delivered all {ITEMS:,} results: {complete}")
    #> every way delivered all 4,000 results: True
    print(f"manager list proxy:  {manager_cost:.1f} ms per 1,000 items")
    #> manager list proxy:  18.8 ms per 1,000 items
    print(f"shared memory:       {shared_cost:.1f} ms per 1,000 items")
    #> shared memory:       0.2 ms per 1,000 items
    print(f"return values:       {return_cost:.1f} ms per 1,000 items")
    #> return values:       0.2 ms per 1,000 items
    print(f"manager slower than shared memory: {manager_cost > 10 * shared_cost}")
    #> manager slower than shared memory: True
    print(f"manager slower than return values: {manager_cost > 10 * return_cost}")
    #> manager slower than return values: True


if __name__ == "__main__":
    main()
