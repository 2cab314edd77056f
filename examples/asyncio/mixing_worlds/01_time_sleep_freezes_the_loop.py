import asyncio
import itertools
import time
from collections.abc import Callable, Coroutine


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter())
        await asyncio.sleep(0.1)


async def save_report_blocking() -> None:
    time.sleep(0.5)  # blocks the thread, and the event loop runs in that thread


async def save_report() -> None:
    await asyncio.sleep(0.5)  # pauses this task only; the loop runs the others


async def longest_gap(save: Callable[[], Coroutine[None, None, None]]) -> float:
    ticks: list[float] = []
    beating = asyncio.create_task(heartbeat(ticks))
    await asyncio.create_task(save())  # starts right after the first heartbeat
    await asyncio.sleep(0.3)  # a few more heartbeats after the report
    beating.cancel()
    return max(later - earlier for earlier, later in itertools.pairwise(ticks))


if __name__ == "__main__":
    for save in (save_report_blocking, save_report):
        gap = asyncio.run(longest_gap(save))
        print(f"{save.__name__}: longest gap between heartbeats {gap:.1f} s")
        #> save_report_blocking: longest gap between heartbeats 0.5 s
        #> save_report: longest gap between heartbeats 0.1 s
