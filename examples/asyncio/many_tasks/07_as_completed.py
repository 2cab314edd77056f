import asyncio
import time

DELAYS = {"slow": 0.3, "fast": 0.1, "medium": 0.2}  # started in this order


async def fetch(name: str) -> str:
    await asyncio.sleep(DELAYS[name])
    return name


async def main() -> None:
    start = time.perf_counter()
    arrivals = []
    for next_done in asyncio.as_completed([fetch(name) for name in DELAYS]):
        name = await next_done  # whichever finishes next
        arrivals.append(f"{name} at {time.perf_counter() - start:.1f} s")
    print(f"as_completed(): {', '.join(arrivals)}")
    #> as_completed(): fast at 0.1 s, medium at 0.2 s, slow at 0.3 s


if __name__ == "__main__":
    asyncio.run(main())
