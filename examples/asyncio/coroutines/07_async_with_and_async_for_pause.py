import asyncio


async def count(name: str, log: list[str]) -> None:
    for step in range(1, 4):
        log.append(f"{name}{step}")
        await asyncio.sleep(0)  # a real pause: the loop may run another task here


async def steps():  # an async generator: it waits before each item it yields
    for step in range(1, 4):
        await asyncio.sleep(0)
        yield step


class Connection:
    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0)  # connecting waits
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await asyncio.sleep(0)  # closing waits


async def count_with_async_for(name: str, log: list[str]) -> None:
    async for step in steps():  # no `await` written, and still a pause per item
        log.append(f"{name}{step}")


async def count_with_async_with(name: str, log: list[str]) -> None:
    for step in range(1, 4):
        async with Connection():  # pauses on the way in and on the way out
            log.append(f"{name}{step}")


async def main() -> None:
    for counter_b in (count_with_async_for, count_with_async_with):
        log: list[str] = []
        await asyncio.gather(count("A", log), counter_b("B", log))
        print(f"A: count, B: {counter_b.__name__:<21} {' '.join(log)}")
        #> A: count, B: count_with_async_for  A1 A2 B1 A3 B2 B3
        #> A: count, B: count_with_async_with A1 A2 B1 A3 B2 B3


if __name__ == "__main__":
    asyncio.run(main())
