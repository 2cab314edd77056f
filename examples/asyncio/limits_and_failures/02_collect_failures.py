import asyncio
import time

IMAGES = range(1, 21)
LIMIT = 5


def delay_for(number: int) -> float:
    return 0.05 * (number % 4 + 1)  # 0.05 to 0.2 s, the same on every run


async def download(number: int, limit: asyncio.Semaphore) -> bytes:
    async with limit:
        await asyncio.sleep(delay_for(number))
        if number % 7 == 3:  # images 3, 10 and 17 fail, on every run
            raise ConnectionResetError("connection reset by peer")
        return b"image %d" % number


async def main() -> None:
    limit = asyncio.Semaphore(LIMIT)
    start = time.perf_counter()
    # return_exceptions=True: a failure becomes a result, and the others carry on
    results = await asyncio.gather(
        *(download(number, limit) for number in IMAGES), return_exceptions=True
    )
    elapsed = time.perf_counter() - start

    images: dict[int, bytes] = {}
    failures: dict[int, BaseException] = {}
    for number, result in zip(IMAGES, results, strict=True):  # in input order
        if isinstance(result, BaseException):
            failures[number] = result
        else:
            images[number] = result
    print(f"{len(images)} done, {len(failures)} failed in {elapsed:.1f} s")
    #> 17 done, 3 failed in 0.6 s
    for number, error in failures.items():
        print(f"  image {number}: {type(error).__name__}: {error}")
        #>   image 3: ConnectionResetError: connection reset by peer
        #>   image 10: ConnectionResetError: connection reset by peer
        #>   image 17: ConnectionResetError: connection reset by peer


if __name__ == "__main__":
    asyncio.run(main())
