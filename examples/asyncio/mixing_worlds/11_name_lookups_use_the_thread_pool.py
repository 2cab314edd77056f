import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


async def seconds_to_resolve(host: str) -> float:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    await loop.getaddrinfo(host, 80)  # what open_connection() and clients call
    return time.perf_counter() - start


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=2))  # a small pool
    print(f"lookup, pool idle: {await seconds_to_resolve('localhost'):.1f} s")
    #> lookup, pool idle: 0.0 s
    # two slow blocking calls handed to threads take both workers for 0.5 s
    busy = [asyncio.create_task(asyncio.to_thread(time.sleep, 0.5)) for _ in "ab"]
    await asyncio.sleep(0)  # let them start
    print(f"lookup, pool busy: {await seconds_to_resolve('localhost'):.1f} s")
    #> lookup, pool busy: 0.5 s
    await asyncio.gather(*busy)


if __name__ == "__main__":
    asyncio.run(main())
