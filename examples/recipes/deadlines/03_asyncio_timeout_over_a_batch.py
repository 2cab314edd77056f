import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
DEADLINE = 0.5  # seconds for the whole batch
ITEMS = range(1, 9)
cleaned_up: list[int] = []


async def fetch_item(
    session: aiohttp.ClientSession, number: int, results: dict[int, bytes]
) -> None:
    delay = 0.2 * number  # item 1 takes 0.2 s, item 8 takes 1.6 s
    try:
        url = f"{BASE_URL}/api/items/{number}?delay={delay:.1f}"
        async with session.get(url) as response:
            results[number] = await response.read()
    finally:  # runs on cancellation too: the place to clean up
        cleaned_up.append(number)


async def main() -> None:
    results: dict[int, bytes] = {}
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(DEADLINE), asyncio.TaskGroup() as group:
                for number in ITEMS:
                    group.create_task(fetch_item(session, number, results))
        except TimeoutError:
            print(f"TimeoutError after {time.perf_counter() - start:.1f} s")
            #> TimeoutError after 0.5 s
    # By here the TaskGroup has cancelled the unfinished tasks and waited for them.
    print("done:", sorted(results))
    #> done: [1, 2]
    print("cancelled:", sorted(set(ITEMS) - set(results)))
    #> cancelled: [3, 4, 5, 6, 7, 8]
    print("every task cleaned up:", sorted(cleaned_up) == list(ITEMS))
    #> every task cleaned up: True


if __name__ == "__main__":
    asyncio.run(main())
