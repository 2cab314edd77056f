import asyncio
import time

log: list[str] = []


async def poll_for_updates() -> None:
    for _ in range(4):  # four polls of 0.2 s each
        try:
            await asyncio.sleep(0.2)  # stands in for one request
            log.append("polled")
        except asyncio.CancelledError:
            log.append("cancelled")  # log it if you must...
            raise  # ...then let the cancellation go on


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.3):
            await poll_for_updates()
        print("no TimeoutError")
    except TimeoutError:
        print("TimeoutError")
        #> TimeoutError
    print(f"the 0.3 s timeout let it run {time.perf_counter() - start:.1f} s")
    #> the 0.3 s timeout let it run 0.3 s
    print(log)
    #> ['polled', 'cancelled']


if __name__ == "__main__":
    asyncio.run(main())
