import asyncio
import contextlib
import os
import time

import httpx

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 300
LIMIT = 100  # the same as httpx's own default: max_connections=100


async def fetch_item(
    client: httpx.AsyncClient, number: int, limit: asyncio.Semaphore | None
) -> bytes:
    async with limit or contextlib.nullcontext():  # None: let httpx's pool queue them
        response = await client.get(f"{BASE_URL}/api/items/{number}")
    response.raise_for_status()
    return response.content


async def fetch_all(limit: asyncio.Semaphore | None) -> tuple[int, float]:
    # Returns the number of errors and the CPU time this process spent, in seconds.
    async with httpx.AsyncClient(timeout=30) as client:  # default pool: 100
        cpu_start = time.process_time()  # CPU time: what the wall clock hides here
        results = await asyncio.gather(
            *(fetch_item(client, n, limit) for n in range(1, REQUESTS + 1)),
            return_exceptions=True,
        )
        cpu = time.process_time() - cpu_start
    return sum(isinstance(result, BaseException) for result in results), cpu


async def main() -> None:
    errors, in_pool = await fetch_all(None)
    each = in_pool / REQUESTS * 1000  # milliseconds of CPU time per request
    print(f"{REQUESTS} requests all handed to httpx: {errors} errors, {each:.0f} ms")
    #> 300 requests all handed to httpx: 0 errors, 8 ms
    errors, in_front = await fetch_all(asyncio.Semaphore(LIMIT))
    each = in_front / REQUESTS * 1000
    print(f"the same behind Semaphore({LIMIT}): {errors} errors, {each:.0f} ms")
    #> the same behind Semaphore(100): 0 errors, 2 ms
    print(f"{in_pool / in_front:.0f}x less CPU time behind the semaphore")
    #> 4x less CPU time behind the semaphore


if __name__ == "__main__":
    asyncio.run(main())
