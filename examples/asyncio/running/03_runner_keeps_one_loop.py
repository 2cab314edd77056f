import asyncio

beats = {"count": 0}
background: set[asyncio.Task] = set()


async def heartbeat() -> None:
    while True:
        beats["count"] += 1
        await asyncio.sleep(0.1)


async def start_heartbeat() -> asyncio.AbstractEventLoop:
    background.add(asyncio.create_task(heartbeat()))  # returns without awaiting it
    return asyncio.get_running_loop()


async def do_other_work() -> asyncio.AbstractEventLoop:
    await asyncio.sleep(0.25)
    return asyncio.get_running_loop()


def main() -> None:
    for how in ("asyncio.Runner", "asyncio.run"):
        beats["count"] = 0
        background.clear()
        if how == "asyncio.Runner":
            with asyncio.Runner() as runner:  # one loop for every run() call
                first = runner.run(start_heartbeat())
                second = runner.run(do_other_work())  # the heartbeat goes on
        else:  # each call: a new loop, and its leftover tasks cancelled at the end
            first = asyncio.run(start_heartbeat())
            second = asyncio.run(do_other_work())
        print(f"{how}: the same loop for both calls: {first is second}")
        #> asyncio.Runner: the same loop for both calls: True
        #> asyncio.run: the same loop for both calls: False
        print(f"  heartbeats during the two calls: {beats['count']}")
        #>   heartbeats during the two calls: 3
        #>   heartbeats during the two calls: 1


if __name__ == "__main__":
    main()
