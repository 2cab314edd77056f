import asyncio
import time


async def list_pages(site: str, queue: asyncio.Queue[str]) -> None:  # a producer
    for page in range(1, 7):
        await asyncio.sleep(0.01)  # reading the site's index
        await queue.put(f"{site}{page}")  # waits while the queue is full


async def download(queue: asyncio.Queue[str], pages: list[str]) -> None:  # a consumer
    while True:
        page = await queue.get()
        try:
            await asyncio.sleep(0.1)  # the download
            pages.append(page)
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=4)
    pages: list[str] = []
    start = time.perf_counter()
    consumers = [asyncio.create_task(download(queue, pages)) for _ in range(3)]
    await asyncio.gather(list_pages("a", queue), list_pages("b", queue))
    await queue.join()  # every page put has been marked done
    for consumer in consumers:
        consumer.cancel()  # each is waiting in queue.get(), with nothing left to do
    await asyncio.gather(*consumers, return_exceptions=True)
    elapsed = time.perf_counter() - start
    print(f"{len(pages)} pages, 3 consumers: {elapsed:.1f} s")
    #> 12 pages, 3 consumers: 0.4 s
    print(sorted(pages))
    #> ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']
    print(f"consumers cancelled: {sum(c.cancelled() for c in consumers)} of 3")
    #> consumers cancelled: 3 of 3


if __name__ == "__main__":
    asyncio.run(main())
