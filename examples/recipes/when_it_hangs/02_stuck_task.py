import asyncio
import faulthandler
import signal

GIVE_UP_AFTER = 3.0  # seconds; without a timeout, the program would wait forever


async def fetch(name: str, reply: asyncio.Event) -> str:
    await reply.wait()  # the reply that never comes: nothing ever sets it
    return name


async def fetch_all() -> None:
    arrived, lost = asyncio.Event(), asyncio.Event()
    arrived.set()
    async with asyncio.TaskGroup() as group:
        group.create_task(fetch("first", arrived), name="fetch-first")
        group.create_task(fetch("second", lost), name="fetch-second")
        await asyncio.sleep(0.1)
        print("stuck: one task waits for a reply that never comes", flush=True)
        #> stuck: one task waits for a reply that never comes


async def main() -> None:
    try:
        async with asyncio.timeout(GIVE_UP_AFTER):
            await fetch_all()
    except TimeoutError:
        print(f"gave up after {GIVE_UP_AFTER:.0f} s")
        #> gave up after 3 s


if __name__ == "__main__":
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # kill -USR1 PID
    asyncio.run(main())
    faulthandler.unregister(signal.SIGUSR1)
