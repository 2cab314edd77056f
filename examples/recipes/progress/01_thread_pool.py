import io
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from tqdm import tqdm

IMAGES = list(range(1, 21))
# The bar without its timings, so that the output checked here is the same on every
# run. In a terminal, leave out bar_format= and file= to get rate and time left.
BAR = "{desc}: {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt}"


def download(number: int) -> str:
    time.sleep(0.01 * (number % 5 + 1))  # 0.01 to 0.05 s: they finish out of order
    return f"image {number}"


def main() -> None:
    terminal = io.StringIO()  # stands in for the terminal (sys.stderr)
    results: list[str | None] = [None] * len(IMAGES)
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(download, n): index for index, n in enumerate(IMAGES)}
        with tqdm(
            total=len(futures), desc="images", bar_format=BAR, file=terminal
        ) as bar:
            for future in as_completed(futures):  # in finishing order
                results[futures[future]] = future.result()  # stored in input order
                bar.update()
    print(terminal.getvalue().split("\r")[-1].strip())  # the bar's last state
    #> images: 100%|####################| 20/20
    print(results[:3], "...", results[-1])
    #> ['image 1', 'image 2', 'image 3'] ... image 20


if __name__ == "__main__":
    main()
