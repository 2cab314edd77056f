import asyncio
import itertools
import threading
import time


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter())
        await asyncio.sleep(0.1)


def save_report(title: str) -> str:  # ordinary blocking code, e.g. from a library
    time.sleep(0.5)
    return f"{title} saved by {threading.current_thread().name}"


async def main() -> None:
    ticks: list[float] = []
    beating = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)  # let the first heartbeat happen
    outcome = await asyncio.to_thread(save_report, "March report")
    await asyncio.sleep(0.3)
    beating.cancel()
    gap = max(later - earlier for earlier, later in itertools.pairwise(ticks))
    print(outcome)
    #> March report saved by asyncio_0
    print(f"longest gap between heartbeats {gap:.1f} s")
    #> longest gap between heartbeats 0.1 s


if __name__ == "__main__":
    asyncio.run(main())
