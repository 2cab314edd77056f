import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

log: list[str] = []


@asynccontextmanager
async def connection(name: str) -> AsyncIterator[str]:
    await asyncio.sleep(0.1)  # stands in for connecting
    log.append(f"{name}: connected")
    try:
        yield name  # the body of the async with block runs here
    finally:  # runs when the block ends, however it ends
        await asyncio.sleep(0.1)  # cleanup may await: say goodbye to the server
        log.append(f"{name}: closed")


async def main() -> None:
    async with connection("db") as db:
        log.append(f"{db}: query ran")
    try:
        async with connection("cache") as cache:
            raise ConnectionResetError(f"{cache} went away")
    except ConnectionResetError as error:
        log.append(f"main: caught {error!r}")
    for entry in log:
        print(entry)
        #> db: connected
        #> db: query ran
        #> db: closed
        #> cache: connected
        #> cache: closed
        #> main: caught ConnectionResetError('cache went away')


if __name__ == "__main__":
    asyncio.run(main())
