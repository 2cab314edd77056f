import asyncio

BATCH_SIZE = 3


async def produce(count: int, pending: list[str], changed: asyncio.Condition) -> None:
    for number in range(1, count + 1):
        await asyncio.sleep(0.02)  # an order arrives
        async with changed:
            pending.append(f"order-{number}")
            changed.notify()  # wake the waiting consumer to re-check


async def consume(
    batch_count: int, pending: list[str], changed: asyncio.Condition
) -> list[list[str]]:
    batches = []
    for _ in range(batch_count):
        async with changed:
            # Releases the lock while waiting, and re-checks after every notify().
            await changed.wait_for(lambda: len(pending) >= BATCH_SIZE)
            batches.append(pending[:BATCH_SIZE])
            del pending[:BATCH_SIZE]
    return batches


async def main() -> None:
    pending: list[str] = []
    changed = asyncio.Condition()  # an asyncio.Lock plus a way to wait for a change
    batches, _ = await asyncio.gather(
        consume(2, pending, changed), produce(7, pending, changed)
    )
    for batch in batches:
        print(f"batch: {batch}")
        #> batch: ['order-1', 'order-2', 'order-3']
        #> batch: ['order-4', 'order-5', 'order-6']
    print(f"left waiting: {pending}")
    #> left waiting: ['order-7']


if __name__ == "__main__":
    asyncio.run(main())
