import asyncio
import time

events: list[str] = []


def export_report(start: float) -> None:
    for part in range(1, 6):  # blocking work: five parts of 0.2 s each
        time.sleep(0.2)
        events.append(f"part {part} written at {time.perf_counter() - start:.1f} s")


async def export_with_timeout(start: float) -> None:
    try:
        async with asyncio.timeout(0.3):
            await asyncio.to_thread(export_report, start)
    except TimeoutError:
        print(f"TimeoutError at {time.perf_counter() - start:.1f} s")
        #> TimeoutError at 0.3 s


def main() -> None:
    start = time.perf_counter()
    asyncio.run(export_with_timeout(start))
    # asyncio.run() waits for the default executor's threads before it returns
    print(f"asyncio.run() returned at {time.perf_counter() - start:.1f} s")
    #> asyncio.run() returned at 1.0 s
    print(*events, sep="\n")  # the thread ran on after the timeout
    #> part 1 written at 0.2 s
    #> part 2 written at 0.4 s
    #> part 3 written at 0.6 s
    #> part 4 written at 0.8 s
    #> part 5 written at 1.0 s


if __name__ == "__main__":
    main()
