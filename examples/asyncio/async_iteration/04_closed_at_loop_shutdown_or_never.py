import asyncio
from collections.abc import AsyncGenerator

log: list[str] = []
open_cursors: list[AsyncGenerator[int, None]] = []  # keeps generators alive


async def read_rows(name: str) -> AsyncGenerator[int, None]:
    try:
        for row in range(1, 1000):
            await asyncio.sleep(0.01)  # stands in for fetching the next row
            yield row
    finally:
        log.append(f"{name}: connection closed (finally)")


async def first_row(name: str) -> None:
    rows = read_rows(name)
    open_cursors.append(rows)  # still referenced: the garbage collector leaves it
    async for row in rows:
        log.append(f"{name}: got row {row}, break")
        break


def main() -> None:
    with asyncio.Runner() as runner:  # asyncio.run() does the same
        runner.run(first_row("A"))
        log.append("A: run() returned")
    log.append("A: loop closed")  # closing runs loop.shutdown_asyncgens() first

    loop = asyncio.new_event_loop()  # a loop by hand, closed without that step
    loop.run_until_complete(first_row("B"))
    loop.close()
    open_cursors.clear()  # the last references go: the generators are garbage
    log.append("B: loop closed, generator collected")
    for entry in log:
        print(entry)
        #> A: got row 1, break
        #> A: run() returned
        #> A: connection closed (finally)
        #> A: loop closed
        #> B: got row 1, break
        #> B: loop closed, generator collected


if __name__ == "__main__":
    main()
