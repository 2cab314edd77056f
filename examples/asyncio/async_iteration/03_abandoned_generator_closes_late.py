import asyncio
from collections.abc import AsyncGenerator

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


async def main() -> None:
    tasks["main"] = asyncio.current_task()
    async for row in read_rows():
        if row % 2 == 0:
            log.append(f"main: found {row}, break")
            break  # the generator is abandoned here, suspended at its yield
    log.append("main: after the loop")
    await asyncio.sleep(0.1)  # the next await lets the loop run other tasks
    log.append("main: after its next await")
    for entry in log:
        print(entry)
        #> rows: connection opened
        #> main: found 2, break
        #> main: after the loop
        #> rows: connection closed (finally), in main's task: False
        #> main: after its next await


if __name__ == "__main__":
    asyncio.run(main())
