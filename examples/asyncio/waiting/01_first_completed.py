import asyncio
import time

MIRRORS = {"mirror-a": 0.3, "mirror-b": 0.1, "mirror-c": 0.2}


async def download(mirror: str) -> str:
    await asyncio.sleep(MIRRORS[mirror])  # stands in for the same file, three sources
    return f"file from {mirror}"


async def main() -> None:
    start = time.perf_counter()
    tasks = {asyncio.create_task(download(mirror)) for mirror in MIRRORS}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    elapsed = time.perf_counter() - start
    for task in pending:  # wait() cancels nothing: the losers are still running
        task.cancel()
    await asyncio.wait(pending)  # let them finish cancelling before going on
    print(f"{winner} after {elapsed:.1f} s")
    #> file from mirror-b after 0.1 s
    cancelled = sum(task.cancelled() for task in pending)
    print(f"left pending: {len(pending)}, now cancelled: {cancelled}")
    #> left pending: 2, now cancelled: 2


if __name__ == "__main__":
    asyncio.run(main())
