import asyncio
import itertools
import time
from collections.abc import Awaitable

IMAGES = range(1, 21)
LIMIT = 5
in_flight = {"now": 0, "peak": 0}  # one thread: no other task runs between += and -=


def delay_for(number: int) -> float:
    return 0.05 * (number % 4 + 1)  # 0.05 to 0.2 s, the same on every run


async def download(number: int) -> None:
    in_flight["now"] += 1
    in_flight["peak"] = max(in_flight["peak"], in_flight["now"])
    await asyncio.sleep(delay_for(number))  # the simulated download
    in_flight["now"] -= 1


async def download_limited(number: int, limit: asyncio.Semaphore) -> None:
    async with limit:  # waits here while LIMIT downloads hold the semaphore
        await download(number)


async def in_batches() -> None:
    for batch in itertools.batched(IMAGES, LIMIT):  # each batch waits for its slowest
        await asyncio.gather(*(download(number) for number in batch))


async def measure(downloads: Awaitable[object]) -> str:
    in_flight["peak"] = 0
    start = time.perf_counter()
    await downloads
    elapsed = time.perf_counter() - start
    return f"at most {in_flight['peak']} at once, {elapsed:.2f} s"


async def main() -> None:
    total = sum(delay_for(number) for number in IMAGES)
    print(f"{len(IMAGES)} downloads, {total:.2f} s of waiting in all")
    #> 20 downloads, 2.50 s of waiting in all
    print("no limit:", await measure(asyncio.gather(*map(download, IMAGES))))
    #> no limit: at most 20 at once, 0.20 s
    semaphore = asyncio.Semaphore(LIMIT)
    limited = (download_limited(number, semaphore) for number in IMAGES)
    print(f"Semaphore({LIMIT}):", await measure(asyncio.gather(*limited)))
    #> Semaphore(5): at most 5 at once, 0.60 s
    print(f"batches of {LIMIT}:", await measure(in_batches()))
    #> batches of 5: at most 5 at once, 0.80 s
    print(f"best possible, {LIMIT} at a time: {total / LIMIT:.2f} s")
    #> best possible, 5 at a time: 0.50 s


if __name__ == "__main__":
    asyncio.run(main())
