import asyncio


async def ask_with_deadline(uncancel: bool) -> str:
    """A library call with its own deadline, built the way asyncio.timeout() is."""
    task = asyncio.current_task()
    timer = asyncio.get_running_loop().call_later(0.1, task.cancel)
    try:
        await asyncio.sleep(1)  # the slow call
        return "answer"
    except asyncio.CancelledError:
        # Its own cancel, swallowed: uncancel() takes back the request it counted;
        # if any are left, someone else asked too, and it must not swallow theirs.
        if uncancel and task.uncancel() > 0:
            raise
        return "no answer in time"
    finally:
        timer.cancel()


async def fail_soon() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("lost connection")


async def handle(uncancel: bool, report: list[str]) -> str:
    answer = await ask_with_deadline(uncancel)
    count = asyncio.current_task().cancelling()
    report.append(f"uncancel={uncancel}: {answer}, cancelling() = {count}")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail_soon())
    except ExceptionGroup as errors:
        return f"the TaskGroup raised {errors.exceptions[0]!r}"
    return "no error"


async def main() -> None:
    report: list[str] = []
    for uncancel in (False, True):
        try:
            outcome = await asyncio.create_task(handle(uncancel, report))
        except asyncio.CancelledError:
            outcome = "the task ended cancelled, the ValueError lost"
        report.append(f"uncancel={uncancel}: {outcome}")
    for line in report:
        print(line)
        #> uncancel=False: no answer in time, cancelling() = 1
        #> [3.12] uncancel=False: the TaskGroup raised ValueError('lost connection')
        #> [3.13+] uncancel=False: the task ended cancelled, the ValueError lost
        #> uncancel=True: no answer in time, cancelling() = 0
        #> uncancel=True: the TaskGroup raised ValueError('lost connection')


if __name__ == "__main__":
    asyncio.run(main())
