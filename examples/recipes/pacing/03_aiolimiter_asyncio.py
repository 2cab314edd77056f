import asyncio
import os
import time
from collections import Counter

import aiohttp
from aiolimiter import AsyncLimiter

# Start the server with: python -m overlap.server --rate-limit 20
BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 40
RATE = 20  # requests per second: the server's limit


async def fetch_status(
    session: aiohttp.ClientSession, number: int, limiter: AsyncLimiter
) -> int:
    # `limiter` first: the request starts only once the limiter has room
    async with limiter, session.get(f"{BASE_URL}/api/items/{number}") as response:
        return response.status


async def main() -> None:
    limiter = AsyncLimiter(max_rate=2, time_period=2 / RATE)  # 2 per 0.1 s
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        start = time.perf_counter()
        statuses = await asyncio.gather(
            *(fetch_status(session, n, limiter) for n in range(1, REQUESTS + 1))
        )
        elapsed = time.perf_counter() - start
    counts = Counter(statuses)
    print(f"{REQUESTS} requests at {RATE} per second: {elapsed:.1f} s")
    #> 40 requests at 20 per second: 2.0 s
    print(f"200 OK: {counts[200]}, 429 Too Many Requests: {counts[429]}")
    #> 200 OK: 40, 429 Too Many Requests: 0
    throughput = counts[200] / elapsed / RATE  # answered requests only
    print(f"throughput: {throughput:.0%} of the limit")
    #> throughput: 99% of the limit
    print("within 5% of the limit:", abs(throughput - 1) <= 0.05)
    #> within 5% of the limit: True


if __name__ == "__main__":
    asyncio.run(main())
