import asyncio
import gc
import warnings

saved: list[int] = []


async def save_order(order_id: int) -> None:
    await asyncio.sleep(0.1)  # stands in for a database write
    saved.append(order_id)


async def main() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # report it even if reported before
        save_order(1)  # the mistake: no await, so the body never runs
        gc.collect()  # CPython drops it at once; this makes sure
    print(f"orders saved: {saved}")
    #> orders saved: []
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")
        #> RuntimeWarning: coroutine 'save_order' was never awaited

    await save_order(2)  # awaited: the body runs to the end
    print(f"orders saved: {saved}")
    #> orders saved: [2]


if __name__ == "__main__":
    asyncio.run(main())
