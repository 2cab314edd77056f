import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import shared_memory

SIZE = 4 * 1024 * 1024  # 4 MiB of data, say a large image
TASKS = 4  # each task looks at its own quarter of the data
PART = SIZE // TASKS
ROUNDS = 5


def brightest(data: bytes | memoryview, part: int) -> int:
    return max(data[part * PART : part * PART + 1000])  # very little work


def brightest_shared(name: str, part: int) -> int:
    block = shared_memory.SharedMemory(name=name)  # attach by name: nothing copied
    try:
        return brightest(block.buf, part)
    finally:
        block.close()  # this process is done with it; the block itself stays


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def time_tasks(
    pool: ProcessPoolExecutor, task: Callable[..., int], first: object
) -> float:
    start = time.perf_counter()
    list(pool.map(task, [first] * TASKS, range(TASKS)))  # first: sent with each task
    return time.perf_counter() - start


def main() -> None:
    data = bytes(range(256)) * (SIZE // 256)
    # Created before the pool, so the workers share this process's resource tracker.
    block = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        block.buf[:SIZE] = data
        with ProcessPoolExecutor(max_workers=2) as pool:
            started: set[int] = set()
            while len(started) < 2:  # start every worker before timing
                started.update(pool.map(worker_pid, range(2)))
            read_back = pool.submit(brightest_shared, block.name, 1).result() == 255
            rounds = [
                (
                    time_tasks(pool, brightest, data),
                    time_tasks(pool, brightest_shared, block.name),
                )
                for _ in range(ROUNDS)
            ]
        copying, sharing = map(min, zip(*rounds, strict=True))  # best of 5
    finally:
        block.close()
        block.unlink()  # removes the block; without it, it outlives the program
    print(f"the workers read the shared block: {read_back}")
    #> the workers read the shared block: True
    print(f"{TASKS} tasks, 4 MiB pickled and sent with each: {copying * 1000:.0f} ms")
    #> 4 tasks, 4 MiB pickled and sent with each: 30 ms
    print(f"{TASKS} tasks, shared memory attached by name:   {sharing * 1000:.0f} ms")
    #> 4 tasks, shared memory attached by name:   2 ms
    print(f"shared memory over 10x faster: {copying > 10 * sharing}")
    #> shared memory over 10x faster: True


if __name__ == "__main__":
    main()
