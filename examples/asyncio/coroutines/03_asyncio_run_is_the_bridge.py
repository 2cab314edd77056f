import asyncio
import time


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.2)  # stands in for a network call
    return {"tea": 3.5, "cake": 4.25}[item]


async def total_price(items: list[str]) -> float:
    prices = [await fetch_price(item) for item in items]
    return sum(prices)


async def nested_run() -> str:
    inner = total_price(["tea"])
    try:
        asyncio.run(inner)  # a loop is already running in this thread
    except RuntimeError as error:
        inner.close()  # it never ran: close it so it is not reported as unawaited
        return str(error)
    return "no error"


def main() -> None:
    # Ordinary code: asyncio.run() starts an event loop, runs the coroutine to
    # the end, closes the loop and hands back the return value.
    start = time.perf_counter()
    total = asyncio.run(total_price(["tea", "cake"]))
    print(f"total {total} after {time.perf_counter() - start:.1f} s")
    #> total 7.75 after 0.4 s

    refusal = asyncio.run(nested_run())
    print(f"inside a coroutine: {refusal}")
    #> inside a coroutine: asyncio.run() cannot be called from a running event loop


if __name__ == "__main__":
    main()
