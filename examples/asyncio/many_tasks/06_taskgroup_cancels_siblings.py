import asyncio
import time

STEPS = {"reserve seat": 0.1, "charge card": 0.3, "send receipt": 0.2}
outcomes: dict[str, str] = {}


async def step(name: str, start: float) -> None:
    try:
        await asyncio.sleep(STEPS[name])  # stands in for a call to another service
        if name == "reserve seat":
            raise ValueError("no seat left")
        outcomes[name] = f"done at {time.perf_counter() - start:.1f} s"
    except asyncio.CancelledError:
        outcomes[name] = f"cancelled at {time.perf_counter() - start:.1f} s"
        raise


async def main() -> None:
    start = time.perf_counter()
    report: list[str] = []
    try:
        async with asyncio.TaskGroup() as group:  # waits for all the tasks it started
            for name in STEPS:
                group.create_task(step(name, start))
    except* ValueError as failures:  # the TaskGroup raises an ExceptionGroup
        report.append(f"order failed at {time.perf_counter() - start:.1f} s")
        report.append(f"{type(failures).__name__}: {failures.exceptions}")
    await asyncio.sleep(0.4)  # the program goes on with other work
    for name in ("charge card", "send receipt"):
        report.append(f"{name}: {outcomes[name]}")
    for entry in report:
        print(entry)
        #> order failed at 0.1 s
        #> ExceptionGroup: (ValueError('no seat left'),)
        #> charge card: cancelled at 0.1 s
        #> send receipt: cancelled at 0.1 s


if __name__ == "__main__":
    asyncio.run(main())
