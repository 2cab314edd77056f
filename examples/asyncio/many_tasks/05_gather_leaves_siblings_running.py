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
    try:
        await asyncio.gather(*(step(name, start) for name in STEPS))
    except ValueError as error:
        print(f"order failed at {time.perf_counter() - start:.1f} s: {error}")
        #> order failed at 0.1 s: no seat left
    await asyncio.sleep(0.4)  # the program goes on with other work
    for name in ("charge card", "send receipt"):
        print(f"{name}: {outcomes[name]}")
        #> charge card: done at 0.3 s
        #> send receipt: done at 0.2 s


if __name__ == "__main__":
    asyncio.run(main())
