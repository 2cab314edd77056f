import asyncio
import time

STEPS = {"reserve seat": 0.1, "charge card": 0.3, "send receipt": 0.2}


async def step(name: str) -> str:
    await asyncio.sleep(STEPS[name])  # stands in for a call to another service
    if name == "reserve seat":
        raise ValueError("no seat left")
    return f"{name}: done"


def names(tasks: set[asyncio.Task[str]]) -> list[str]:
    return sorted(task.get_name() for task in tasks)


async def main() -> None:
    start = time.perf_counter()
    tasks = [asyncio.create_task(step(name), name=name) for name in STEPS]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"wait() returned after {time.perf_counter() - start:.1f} s")
    #> wait() returned after 0.1 s
    print(f"done: {names(done)}, pending: {names(pending)}")
    #> done: ['reserve seat'], pending: ['charge card', 'send receipt']
    for task in pending:  # fail fast: stop what is no longer needed
        task.cancel()
    await asyncio.wait(pending)
    for task in tasks:  # wait() raises nothing: read each outcome from its task
        if task.cancelled():
            outcome = "cancelled"
        elif task.exception() is not None:
            outcome = f"failed: {task.exception()!r}"
        else:
            outcome = task.result()
        print(f"{task.get_name()}: {outcome}")
        #> reserve seat: failed: ValueError('no seat left')
        #> charge card: cancelled
        #> send receipt: cancelled


if __name__ == "__main__":
    asyncio.run(main())
