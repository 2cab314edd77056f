import asyncio
import time

log: list[str] = []


async def save_order(start: float) -> str:
    try:
        await asyncio.sleep(0.3)
        return "saved"
    except asyncio.CancelledError:
        log.append(f"save_order: cancelled at {time.perf_counter() - start:.1f} s")
        raise


async def handle_checkout(saving: asyncio.Task[str], start: float) -> None:
    try:
        await asyncio.shield(saving)
    except asyncio.CancelledError:
        log.append(f"handle_checkout: cancelled at {time.perf_counter() - start:.1f} s")
        raise


async def main() -> None:
    start = time.perf_counter()
    saving = asyncio.create_task(save_order(start))
    checkout = asyncio.create_task(handle_checkout(saving, start))
    await asyncio.sleep(0.1)
    saving.cancel()  # the task inside the shield, cancelled directly
    await asyncio.wait([checkout, saving])
    log.append(f"saving cancelled: {saving.cancelled()}")
    log.append(f"checkout cancelled: {checkout.cancelled()}")
    for line in log:
        print(line)
        #> save_order: cancelled at 0.1 s
        #> handle_checkout: cancelled at 0.1 s
        #> saving cancelled: True
        #> checkout cancelled: True


if __name__ == "__main__":
    asyncio.run(main())
