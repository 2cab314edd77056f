import asyncio
import time

settings: dict[str, str] = {}


async def load_settings(loaded: asyncio.Event) -> None:
    await asyncio.sleep(0.2)  # reading the configuration, say
    settings["mode"] = "fast"
    loaded.set()  # wakes every task waiting on the event


async def handle_request(number: int, loaded: asyncio.Event) -> str:
    await loaded.wait()  # the task waits here; the loop runs the others
    return f"request {number} saw mode={settings['mode']}"


async def main() -> None:
    loaded = asyncio.Event()
    try:
        await asyncio.wait_for(loaded.wait(), timeout=0.1)  # no wait(timeout) here
    except TimeoutError:
        print("nothing loaded within 0.1 s")
        #> nothing loaded within 0.1 s
    start = time.perf_counter()
    handlers = [handle_request(number, loaded) for number in (1, 2, 3)]
    results = await asyncio.gather(*handlers, load_settings(loaded))
    print(f"all requests handled after {time.perf_counter() - start:.1f} s")
    #> all requests handled after 0.2 s
    for line in results[:3]:
        print(line)
        #> request 1 saw mode=fast
        #> request 2 saw mode=fast
        #> request 3 saw mode=fast


if __name__ == "__main__":
    asyncio.run(main())
