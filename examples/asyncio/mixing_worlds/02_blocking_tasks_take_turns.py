import asyncio
import time
from collections.abc import Callable, Coroutine


async def fetch_blocking(item: int) -> int:
    time.sleep(0.2)  # the loop can run nothing else meanwhile
    return item


async def fetch(item: int) -> int:
    await asyncio.sleep(0.2)  # the loop starts the other fetches meanwhile
    return item


async def fetch_five(fetch_one: Callable[[int], Coroutine[None, None, int]]) -> float:
    start = time.perf_counter()
    await asyncio.gather(*(fetch_one(item) for item in range(5)))
    return time.perf_counter() - start


if __name__ == "__main__":
    for fetch_one in (fetch_blocking, fetch):
        elapsed = asyncio.run(fetch_five(fetch_one))
        print(f"5 tasks of {fetch_one.__name__}: {elapsed:.1f} s")
        #> 5 tasks of fetch_blocking: 1.0 s
        #> 5 tasks of fetch: 0.2 s
