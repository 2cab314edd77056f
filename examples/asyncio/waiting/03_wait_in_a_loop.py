import asyncio
import time

PAGES = {"page-1": 0.1, "page-2": 0.3, "page-3": 0.2, "page-4": 0.6}


async def fetch(page: str) -> str:
    await asyncio.sleep(PAGES[page])
    return page


async def main() -> None:
    start = time.perf_counter()
    deadline = start + 0.4
    pending = {asyncio.create_task(fetch(page), name=page) for page in PAGES}
    log: list[str] = []
    while pending:
        done, pending = await asyncio.wait(  # pending goes back in, round after round
            pending,
            timeout=deadline - time.perf_counter(),
            return_when=asyncio.FIRST_COMPLETED,
        )
        if not done:  # the timeout passed; wait() cancelled nothing
            break
        for task in done:
            log.append(f"{task.result()} at {time.perf_counter() - start:.1f} s")
    for task in pending:  # still running at the deadline: cancel, then wait for it
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    elapsed = time.perf_counter() - start
    log += [f"cancelled {task.get_name()} at {elapsed:.1f} s" for task in pending]
    for line in log:
        print(line)
        #> page-1 at 0.1 s
        #> page-3 at 0.2 s
        #> page-2 at 0.3 s
        #> cancelled page-4 at 0.4 s


if __name__ == "__main__":
    asyncio.run(main())
