import asyncio
import io

from tqdm.asyncio import tqdm

BAR = "{desc}: {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt}"  # no timings


async def download(number: int) -> str:
    await asyncio.sleep(0.01 * (21 - number))  # the last one finishes first
    return f"image {number}"


async def main() -> None:
    terminal = io.StringIO()  # stands in for sys.stderr, the default
    # tqdm.gather(): asyncio.gather() with a bar; the results keep the input order
    results = await tqdm.gather(
        *(download(number) for number in range(1, 21)),
        desc="images",
        bar_format=BAR,
        file=terminal,
    )
    print(terminal.getvalue().split("\r")[-1].strip())
    #> images: 100%|####################| 20/20
    print(results[:3], "...", results[-1])
    #> ['image 1', 'image 2', 'image 3'] ... image 20

    finished = []
    terminal = io.StringIO()
    coroutines = [download(number) for number in range(1, 21)]
    with tqdm(
        total=len(coroutines), desc="as_completed", bar_format=BAR, file=terminal
    ) as bar:
        for next_done in asyncio.as_completed(coroutines):  # in finishing order
            finished.append(await next_done)
            bar.update()
    print(terminal.getvalue().split("\r")[-1].strip())
    #> as_completed: 100%|####################| 20/20
    print(finished[:3], "...")
    #> ['image 20', 'image 19', 'image 18'] ...


if __name__ == "__main__":
    asyncio.run(main())
