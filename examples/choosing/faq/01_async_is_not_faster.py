import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

WAITS = 50
WAIT = 0.5  # seconds, standing in for one network call


def wait_in_thread(job: int) -> int:
    time.sleep(WAIT)
    return job


async def wait_in_task(job: int) -> int:
    await asyncio.sleep(WAIT)
    return job


def with_threads() -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WAITS) as pool:
        list(pool.map(wait_in_thread, range(WAITS)))
    return time.perf_counter() - start


async def with_tasks() -> float:
    start = time.perf_counter()
    await asyncio.gather(*(wait_in_task(job) for job in range(WAITS)))
    return time.perf_counter() - start


def main() -> None:
    threads_took = with_threads()
    tasks_took = asyncio.run(with_tasks())
    print(f"{WAITS} waits of {WAIT} s on {WAITS} threads: {threads_took:.1f} s")
    #> 50 waits of 0.5 s on 50 threads: 0.5 s
    print(f"{WAITS} waits of {WAIT} s as {WAITS} tasks:    {tasks_took:.1f} s")
    #> 50 waits of 0.5 s as 50 tasks:    0.5 s
    print(f"threads still alive: {threading.active_count()}")
    #> threads still alive: 1


if __name__ == "__main__":
    main()
