import asyncio
import threading
import time

events: list[str] = []


def export_report(start: float, stop: threading.Event) -> None:
    for part in range(1, 6):
        if stop.is_set():  # checked between parts: the only place it can stop
            events.append(f"stopped before part {part}")
            return
        time.sleep(0.2)
        events.append(f"part {part} written at {time.perf_counter() - start:.1f} s")


async def main() -> None:
    start = time.perf_counter()
    stop = threading.Event()
    job = asyncio.create_task(asyncio.to_thread(export_report, start, stop))
    try:
        async with asyncio.timeout(0.3):
            await asyncio.shield(job)  # on timeout, stop waiting; keep the task
    except TimeoutError:
        print(f"TimeoutError at {time.perf_counter() - start:.1f} s")
        #> TimeoutError at 0.3 s
        stop.set()  # ask the thread to stop...
        await job  # ...and wait until it has
        print(f"thread finished at {time.perf_counter() - start:.1f} s")
        #> thread finished at 0.4 s
    print(*events, sep="\n")
    #> part 1 written at 0.2 s
    #> part 2 written at 0.4 s
    #> stopped before part 3


if __name__ == "__main__":
    asyncio.run(main())
