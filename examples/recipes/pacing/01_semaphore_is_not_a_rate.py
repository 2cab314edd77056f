import asyncio
import os
import time
from collections import Counter

import aiohttp

# Start the server with: python -m overlap.server --rate-limit 20
BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 100
AT_ONCE = 10  # 10 in flight, 0.1 s each: up to 100 requests per second


async def fetch_status(
    session: aiohttp.ClientSession, number: int, limit: asyncio.Semaphore
) -> int:
    async with limit, session.get(f"{BASE_URL}/api/items/{number}") as response:
        return response.status  # 429 Too Many Requests: over the server's limit


async def main() -> None:
    limit = asyncio.Semaphore(AT_ONCE)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        start = time.perf_counter()
        statuses = await asyncio.gather(
            *(fetch_status(session, n, limit) for n in range(1, REQUESTS + 1))
        )
        elapsed = time.perf_counter() - start
    counts = Counter(statuses)
    print(f"{REQUESTS} requests, at most {AT_ONCE} at once, in {elapsed:.1f} s")
    #> 100 requests, at most 10 at once, in 0.4 s
    ok, refused = counts[200] / REQUESTS, counts[429] / REQUESTS
    print(f"200 OK: {ok:.0%}, 429 Too Many Requests: {refused:.0%}")
    #> 200 OK: 25%, 429 Too Many Requests: 75%
    print("some refused:", counts[429] > 0)
    #> some refused: True


if __name__ == "__main__":
    asyncio.run(main())
