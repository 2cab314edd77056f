import asyncio
import os
import resource
import time

import aiohttp

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 1000
OPEN_FILES = 256  # the same limit as in 05_unbounded_fan_out.py
LIMIT = 200  # requests in flight at once: well under OPEN_FILES


async def fetch_item(
    session: aiohttp.ClientSession, number: int, limit: asyncio.Semaphore
) -> bytes:
    async with limit, session.get(f"{BASE_URL}/api/items/{number}") as response:
        response.raise_for_status()
        return await response.read()


async def main() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (OPEN_FILES, hard))  # soft limit only
    limit = asyncio.Semaphore(LIMIT)
    connector = aiohttp.TCPConnector(limit=0)  # the semaphore is the only cap
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        start = time.perf_counter()
        results = await asyncio.gather(
            *(fetch_item(session, n, limit) for n in range(1, REQUESTS + 1)),
            return_exceptions=True,
        )
        elapsed = time.perf_counter() - start
    errors = [result for result in results if isinstance(result, BaseException)]
    print(f"{REQUESTS} requests, at most {LIMIT} at once, open-file limit {OPEN_FILES}")
    #> 1000 requests, at most 200 at once, open-file limit 256
    print(f"{REQUESTS - len(errors)} ok, {len(errors)} errors in {elapsed:.1f} s")
    #> 1000 ok, 0 errors in 0.6 s


if __name__ == "__main__":
    asyncio.run(main())
