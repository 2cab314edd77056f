import time

import anyio

BACKENDS = ("asyncio", "trio")


async def wait_for_reply(name: str, seconds: float, outcome: dict[str, str]) -> None:
    try:
        await anyio.sleep(seconds)
        outcome[name] = "done"
    except anyio.get_cancelled_exc_class():  # CancelledError or trio.Cancelled
        outcome[name] = "cancelled"
        raise  # always let a cancellation go on


async def fail_soon() -> None:
    await anyio.sleep(0.1)
    raise ConnectionError("server went away")


async def main() -> tuple[str, str]:
    outcome: dict[str, str] = {}
    caught = "nothing"
    start = time.perf_counter()
    try:
        async with anyio.create_task_group() as task_group:
            task_group.start_soon(wait_for_reply, "fast", 0.05, outcome)
            task_group.start_soon(wait_for_reply, "slow", 5.0, outcome)
            task_group.start_soon(fail_soon)
    except* ConnectionError as group:  # errors arrive in an ExceptionGroup
        caught = f"{type(group).__name__} of {group.exceptions!r}"
    elapsed = time.perf_counter() - start
    return caught, f"{sorted(outcome.items())} after {elapsed:.1f} s"


if __name__ == "__main__":
    runs = {backend: anyio.run(main, backend=backend) for backend in BACKENDS}
    for backend, (caught, _) in runs.items():
        print(f"{backend} caught: {caught}")
        #> asyncio caught: ExceptionGroup of (ConnectionError('server went away'),)
        #> trio caught: ExceptionGroup of (ConnectionError('server went away'),)
    for backend, (_, outcome) in runs.items():
        print(f"{backend} tasks: {outcome}")
        #> asyncio tasks: [('fast', 'done'), ('slow', 'cancelled')] after 0.1 s
        #> trio tasks: [('fast', 'done'), ('slow', 'cancelled')] after 0.1 s
