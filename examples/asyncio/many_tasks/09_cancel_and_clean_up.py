import asyncio
import time

log: list[str] = []


async def stream_prices(start: float) -> None:
    log.append("stream: connected")
    try:
        while True:
            await asyncio.sleep(0.1)  # stands in for waiting for the next price
    finally:  # runs however the task ends, cancellation included
        await asyncio.sleep(0.1)  # cleanup may await: say goodbye to the server
        log.append(f"stream: closed at {time.perf_counter() - start:.1f} s")


async def main() -> None:
    start = time.perf_counter()
    task = asyncio.create_task(stream_prices(start))
    await asyncio.sleep(0.3)
    task.cancel()  # asks: CancelledError is raised inside the task at its await
    log.append(f"main: cancel() asked at {time.perf_counter() - start:.1f} s")
    try:
        await task  # waits for the cleanup to finish
    except asyncio.CancelledError:
        log.append(f"main: task cancelled: {task.cancelled()}")
    for entry in log:
        print(entry)
        #> stream: connected
        #> main: cancel() asked at 0.3 s
        #> stream: closed at 0.4 s
        #> main: task cancelled: True


if __name__ == "__main__":
    asyncio.run(main())
