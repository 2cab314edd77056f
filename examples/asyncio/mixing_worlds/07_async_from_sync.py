import asyncio
import time

PRICES = {"tea": 2.5, "cake": 4.0, "scone": 3.0}


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.2)  # stands for a request made with an async client
    return PRICES[item]


async def fetch_prices(items: list[str]) -> list[float]:
    return await asyncio.gather(*(fetch_price(item) for item in items))


def order_total(items: list[str]) -> float:  # ordinary code, async inside
    return sum(asyncio.run(fetch_prices(items)))  # starts a loop, runs, closes it


async def handle_order(items: list[str]) -> float:
    # Called here, order_total() would raise RuntimeError: this thread runs a loop.
    # A worker thread runs none, so asyncio.run() can start one there.
    return await asyncio.to_thread(order_total, items)


if __name__ == "__main__":
    items = ["tea", "cake", "scone"]
    start = time.perf_counter()
    total = order_total(items)
    elapsed = time.perf_counter() - start
    print(f"from ordinary code: {total}, in {elapsed:.1f} s")
    #> from ordinary code: 9.5, in 0.2 s
    start = time.perf_counter()
    total = asyncio.run(handle_order(items))
    elapsed = time.perf_counter() - start
    print(f"from async code, through a thread: {total}, in {elapsed:.1f} s")
    #> from async code, through a thread: 9.5, in 0.2 s
