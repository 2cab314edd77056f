import asyncio
import time

DELAYS = {"slow": 0.3, "fast": 0.1, "medium": 0.2}  # passed to gather in this order


async def fetch(name: str, finished: list[str]) -> str:
    await asyncio.sleep(DELAYS[name])  # stands in for a network call
    finished.append(name)
    return f"{name} page"


async def main() -> None:
    finished: list[str] = []
    start = time.perf_counter()
    for name in DELAYS:
        await fetch(name, finished)  # each await waits for the one call
    print(f"one await after another: {time.perf_counter() - start:.1f} s")
    #> one await after another: 0.6 s

    finished.clear()
    start = time.perf_counter()
    pages = await asyncio.gather(*(fetch(name, finished) for name in DELAYS))
    print(f"gather: {time.perf_counter() - start:.1f} s")
    #> gather: 0.3 s
    print(f"finished in the order {finished}")
    #> finished in the order ['fast', 'medium', 'slow']
    print(f"results in the order  {pages}")
    #> results in the order  ['slow page', 'fast page', 'medium page']


if __name__ == "__main__":
    asyncio.run(main())
