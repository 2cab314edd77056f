import time

import trio


async def wait_for_reply(name: str, seconds: float, replies: list[str]) -> None:
    await trio.sleep(seconds)
    replies.append(name)


async def main() -> None:
    replies: list[str] = []
    start = time.perf_counter()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(wait_for_reply, "slow", 0.3, replies)
        nursery.start_soon(wait_for_reply, "fast", 0.1, replies)
        nursery.start_soon(wait_for_reply, "medium", 0.2, replies)
        print(f"inside the nursery block, replies so far: {replies}")
        #> inside the nursery block, replies so far: []
    # The block ends only when every task started in it has finished.
    elapsed = time.perf_counter() - start
    print(f"after the block: {replies} in {elapsed:.1f} s")
    #> after the block: ['fast', 'medium', 'slow'] in 0.3 s


if __name__ == "__main__":
    trio.run(main)
