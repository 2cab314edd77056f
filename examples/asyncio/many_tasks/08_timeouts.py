import asyncio
import time

log: list[str] = []


async def slow_query(name: str, start: float) -> str:
    try:
        await asyncio.sleep(0.5)  # stands in for a query that takes too long
        return "rows"
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled at {time.perf_counter() - start:.1f} s")
        raise  # let the cancellation go on, so the timeout can turn it into an error


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):  # a deadline for the whole block
            await slow_query("query in timeout()", start)
    except TimeoutError:
        log.append(f"timeout(): TimeoutError at {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    try:
        await asyncio.wait_for(slow_query("query in wait_for()", start), timeout=0.2)
    except TimeoutError:
        log.append(f"wait_for(): TimeoutError at {time.perf_counter() - start:.1f} s")
    for entry in log:
        print(entry)
        #> query in timeout(): cancelled at 0.2 s
        #> timeout(): TimeoutError at 0.2 s
        #> query in wait_for(): cancelled at 0.2 s
        #> wait_for(): TimeoutError at 0.2 s


if __name__ == "__main__":
    asyncio.run(main())
