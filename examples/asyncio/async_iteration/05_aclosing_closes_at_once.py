import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing

log: list[str] = []
tasks: dict[str, asyncio.Task | None] = {}


async def read_rows() -> AsyncIterator[int]:
    log.append("rows: connection opened")
    try:
        for row in range(1, 1000):
            await asyncio.sleep(0.01)  # stands in for fetching the next row
            yield row
    finally:
        in_main = asyncio.current_task() is tasks["main"]
        log.append(f"rows: connection closed (finally), in main's task: {in_main}")


async def main() -> None:
    tasks["main"] = asyncio.current_task()
    async with aclosing(read_rows()) as rows:  # on leaving: await rows.aclose()
        async for row in rows:
            if row % 2 == 0:
                log.append(f"main: found {row}, break")
                break
    log.append("main: after the loop")
    await asyncio.sleep(0.1)
    log.append("main: after its next await")
    for entry in log:
        print(entry)
        #> rows: connection opened
        #> main: found 2, break
        #> rows: connection closed (finally), in main's task: True
        #> main: after the loop
        #> main: after its next await


if __name__ == "__main__":
    asyncio.run(main())
