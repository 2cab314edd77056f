import asyncio


async def count(name: str, log: list[str]) -> None:
    for step in range(1, 4):
        log.append(f"{name}{step}")
        await asyncio.sleep(0)  # a real pause: the loop may run another task here


async def count_without_pausing(name: str, log: list[str]) -> None:
    for step in range(1, 4):
        log.append(f"{name}{step}")  # no await: nothing else can run meanwhile


async def check() -> None:
    return  # never pauses, so awaiting it does not pause either


async def count_awaiting_check(name: str, log: list[str]) -> None:
    for step in range(1, 4):
        log.append(f"{name}{step}")
        await check()


async def main() -> None:
    for counter_b in (count, count_without_pausing, count_awaiting_check):
        log: list[str] = []
        await asyncio.gather(count("A", log), counter_b("B", log))
        print(f"A: count, B: {counter_b.__name__:<21} {' '.join(log)}")
        #> A: count, B: count                 A1 B1 A2 B2 A3 B3
        #> A: count, B: count_without_pausing A1 B1 B2 B3 A2 A3
        #> A: count, B: count_awaiting_check  A1 B1 B2 B3 A2 A3


if __name__ == "__main__":
    asyncio.run(main())
