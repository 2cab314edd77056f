import time

import trio


async def wait_for_reply(name: str, seconds: float, outcome: dict[str, str]) -> None:
    outcome[name] = "cancelled"  # unless the sleep below completes
    await trio.sleep(seconds)
    outcome[name] = "done"


async def main() -> None:
    outcome: dict[str, str] = {}
    start = time.perf_counter()
    with trio.move_on_after(0.25) as scope:  # a deadline for everything inside
        async with trio.open_nursery() as nursery:
            for name, seconds in [("fast", 0.1), ("medium", 0.2), ("slow", 5.0)]:
                nursery.start_soon(wait_for_reply, name, seconds, outcome)
    elapsed = time.perf_counter() - start
    print(f"deadline hit: {scope.cancelled_caught}, after {elapsed:.2f} s")
    #> deadline hit: True, after 0.25 s
    print(sorted(outcome.items()))
    #> [('fast', 'done'), ('medium', 'done'), ('slow', 'cancelled')]

    try:
        with trio.fail_after(0.1):  # the same, but raises instead of moving on
            await trio.sleep(5)
    except trio.TooSlowError:
        print("fail_after raised TooSlowError")
        #> fail_after raised TooSlowError


if __name__ == "__main__":
    trio.run(main)
