import asyncio


def eager_loop() -> asyncio.AbstractEventLoop:
    # A loop factory: any callable that returns a new, configured event loop.
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


async def started_at_once() -> bool:
    """Whether a new task's body has run by the time create_task() returns."""
    steps: list[str] = []

    async def body() -> None:
        steps.append("started")
        await asyncio.sleep(0)

    task = asyncio.create_task(body())
    started = bool(steps)
    await task
    return started


def main() -> None:
    print("asyncio.run():", asyncio.run(started_at_once()))
    #> asyncio.run(): False
    eager = asyncio.run(started_at_once(), loop_factory=eager_loop)
    print("asyncio.run(loop_factory=eager_loop):", eager)
    #> asyncio.run(loop_factory=eager_loop): True
    with asyncio.Runner(loop_factory=eager_loop) as runner:
        print("asyncio.Runner(loop_factory=eager_loop):", runner.run(started_at_once()))
        #> asyncio.Runner(loop_factory=eager_loop): True


if __name__ == "__main__":
    main()
