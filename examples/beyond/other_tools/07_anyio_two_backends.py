import time

import anyio


async def wait_for_reply(name: str, seconds: float, replies: list[str]) -> None:
    await anyio.sleep(seconds)
    replies.append(name)


async def main(backend: str) -> None:
    replies: list[str] = []
    start = time.perf_counter()
    async with anyio.create_task_group() as task_group:  # AnyIO's nursery
        task_group.start_soon(wait_for_reply, "slow", 0.3, replies)
        task_group.start_soon(wait_for_reply, "fast", 0.1, replies)
        task_group.start_soon(wait_for_reply, "medium", 0.2, replies)
    elapsed = time.perf_counter() - start
    print(f"{backend}: {replies} in {elapsed:.1f} s")
    #> asyncio: ['fast', 'medium', 'slow'] in 0.3 s
    #> trio: ['fast', 'medium', 'slow'] in 0.3 s


if __name__ == "__main__":
    for backend in ("asyncio", "trio"):  # the same main(), two event loops
        anyio.run(main, backend, backend=backend)
