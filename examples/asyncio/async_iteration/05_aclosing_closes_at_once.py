import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing

log: list[str] = []
tasks: dict[str, asyncio.Task | None] = {}


async def read_rows() -> AsyncGenerator[int, None]:
    log.append("rows: connection opened")
    try:
        for row in range(1, 1000):
            await asyncio.sleep(0.01)  # stands in for fetching the next row
            yield row
    finally:
        in_main = asyncio.current_task() is tasks["main"]
        log.append(f"rows: connection closed (finally), in main's task: {in_main}")


async def find_first_even(rows: AsyncIterator[int]) -> None:
    async for row in rows:
        if row % 2 == 0:
            log.append(f"main: found {row}, break")
            break


async def main() -> None:
    tasks["main"] = asyncio.current_task()
    async with aclosing(read_rows()) as rows:  # on leaving: await rows.aclose()
        await find_first_even(rows)
    log.append("main: after the async with block")

    rows = read_rows()
    try:
        await find_first_even(rows)
    finally:
        await rows.aclose()  # the same, by hand
    log.append("main: after aclose()")
    for entry in log:
        print(entry)
        #> rows: connection opened
        #> main: found 2, break
        #> rows: connection closed (finally), in main's task: True
        #> main: after the async with block
        #> rows: connection opened
        #> main: found 2, break
        #> rows: connection closed (finally), in main's task: True
        #> main: after aclose()


if __name__ == "__main__":
    asyncio.run(main())
