import asyncio
import time

log: list[str] = []


async def save_order(start: float) -> str:
    await asyncio.sleep(0.3)  # a write that must not stop half-way
    log.append(f"save_order: saved at {time.perf_counter() - start:.1f} s")
    return "saved"


async def handle_checkout(saving: asyncio.Task[str], start: float) -> None:
    try:
        await asyncio.shield(saving)  # cancelling this await leaves saving alone
    except asyncio.CancelledError:
        log.append(f"handle_checkout: cancelled at {time.perf_counter() - start:.1f} s")
        raise


async def main() -> None:
    start = time.perf_counter()
    saving = asyncio.create_task(save_order(start))
    checkout = asyncio.create_task(handle_checkout(saving, start))
    await asyncio.sleep(0.1)
    checkout.cancel()  # the client hung up, say
    await asyncio.wait([checkout])
    log.append(f"checkout cancelled: {checkout.cancelled()}")
    log.append(f"save_order result: {await saving}")  # it went on to the end
    for line in log:
        print(line)
        #> handle_checkout: cancelled at 0.1 s
        #> checkout cancelled: True
        #> save_order: saved at 0.3 s
        #> save_order result: saved


if __name__ == "__main__":
    asyncio.run(main())
