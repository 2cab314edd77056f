import asyncio
import os
import threading
import time

import aiohttp

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 1000
LATENCY = 0.1  # seconds: the demo server's default wait before each answer
seen = {"in_flight": 0, "most_at_once": 0, "most_threads": 0}


async def fetch_item(session: aiohttp.ClientSession, number: int) -> bytes:
    seen["in_flight"] += 1
    seen["most_at_once"] = max(seen["most_at_once"], seen["in_flight"])
    try:
        async with session.get(f"{BASE_URL}/api/items/{number}") as response:
            seen["most_threads"] = max(seen["most_threads"], threading.active_count())
            response.raise_for_status()
            return await response.read()
    finally:
        seen["in_flight"] -= 1


async def main() -> None:
    connector = aiohttp.TCPConnector(limit=0)  # 0: no cap (the default is 100)
    timeout = aiohttp.ClientTimeout(total=30)  # per request: nothing waits forever
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        start, cpu_start = time.perf_counter(), time.process_time()
        results = await asyncio.gather(
            *(fetch_item(session, n) for n in range(1, REQUESTS + 1)),
            return_exceptions=True,
        )
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start  # this process's own work
    errors = [result for result in results if isinstance(result, BaseException)]
    print(f"{REQUESTS} requests: {REQUESTS - len(errors)} ok, {len(errors)} errors")
    #> 1000 requests: 1000 ok, 0 errors
    print(f"{seen['most_at_once']} in flight at once, threads: {seen['most_threads']}")
    #> 1000 in flight at once, threads: 1
    print(f"one at a time: {REQUESTS} x {LATENCY} s = {REQUESTS * LATENCY:.0f} s")
    #> one at a time: 1000 x 0.1 s = 100 s
    # How long the CPU work takes depends on the machine and what else it runs.
    print(f"all at once: {elapsed:.1f} s (ideal: {LATENCY} s, one wait)")
    #> all at once: 0.5 s (ideal: 0.1 s, one wait)
    print(f"of which CPU time in this process: {cpu:.1f} s")
    #> of which CPU time in this process: 0.4 s


if __name__ == "__main__":
    asyncio.run(main())
