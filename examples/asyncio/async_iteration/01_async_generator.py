import asyncio
from collections.abc import AsyncIterator

log: list[str] = []


async def fetch_pages(count: int) -> AsyncIterator[str]:
    # async def + yield: an async generator. It may await between its yields.
    for number in range(1, count + 1):
        await asyncio.sleep(0.1)  # stands in for fetching the page
        log.append(f"fetched page {number}")
        yield f"page {number}"


async def main() -> None:
    async for page in fetch_pages(3):  # each step awaits the next page
        log.append(f"  handled {page}")
    for entry in log:
        print(entry)
        #> fetched page 1
        #>   handled page 1
        #> fetched page 2
        #>   handled page 2
        #> fetched page 3
        #>   handled page 3
    titles = [page.upper() async for page in fetch_pages(2)]  # async comprehension
    print(titles)
    #> ['PAGE 1', 'PAGE 2']


if __name__ == "__main__":
    asyncio.run(main())
