import asyncio
import os
import resource

import aiohttp

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 1000
OPEN_FILES = 256  # files and sockets this process may have open at once


async def fetch_item(session: aiohttp.ClientSession, number: int) -> bytes:
    async with session.get(f"{BASE_URL}/api/items/{number}") as response:
        response.raise_for_status()
        return await response.read()


def describe(error: BaseException) -> str:
    reason = getattr(error, "os_error", error)  # aiohttp keeps the OSError here
    return f"{type(error).__name__}: {reason}"


async def main() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (OPEN_FILES, hard))  # soft limit only
    connector = aiohttp.TCPConnector(limit=0)  # no cap: one socket per request
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        results = await asyncio.gather(
            *(fetch_item(session, n) for n in range(1, REQUESTS + 1)),
            return_exceptions=True,
        )
    errors = [result for result in results if isinstance(result, BaseException)]
    # How many fail depends on the files already open: print what does not vary.
    succeeded = REQUESTS - len(errors)
    print(f"{REQUESTS} requests at once, room for {OPEN_FILES} open files")
    #> 1000 requests at once, room for 256 open files
    verdict = "fewer than" if succeeded < OPEN_FILES else "at least"
    print(f"succeeded: {verdict} {OPEN_FILES}")
    #> succeeded: fewer than 256
    print("failed with:", sorted({describe(error) for error in errors}))
    #> failed with: ['ClientConnectorError: [Errno 24] Too many open files']


if __name__ == "__main__":
    asyncio.run(main())
