import asyncio
import time

STEPS = {"reserve seat": 0.1, "charge card": 0.3, "send receipt": 0.2}


async def step(name: str) -> str:
    await asyncio.sleep(STEPS[name])
    if name == "reserve seat":
        raise ValueError("no seat left")
    return f"{name}: done"


async def main() -> None:
    start = time.perf_counter()
    tasks: list[asyncio.Task[str]] = []
    try:
        async with asyncio.TaskGroup() as group:  # the same fail-fast, built in
            tasks += [group.create_task(step(name), name=name) for name in STEPS]
    except* ValueError as failures:  # raised, not left in a set to inspect
        failed = f"{failures.exceptions!r} after {time.perf_counter() - start:.1f} s"
    print(f"TaskGroup raised {failed}")
    #> TaskGroup raised (ValueError('no seat left'),) after 0.1 s
    print(f"cancelled for you: {[t.get_name() for t in tasks if t.cancelled()]}")
    #> cancelled for you: ['charge card', 'send receipt']


if __name__ == "__main__":
    asyncio.run(main())
