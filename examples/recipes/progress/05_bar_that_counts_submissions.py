import io
import time
from concurrent.futures import ThreadPoolExecutor

from tqdm import tqdm

BAR = "{desc}: {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt}"  # no timings


def main() -> None:
    terminal = io.StringIO()
    bar = tqdm(total=6, desc="jobs", bar_format=BAR, file=terminal, mininterval=0)
    with ThreadPoolExecutor(max_workers=2) as pool, bar:
        futures = []
        for _ in range(6):
            futures.append(pool.submit(time.sleep, 0.1))
            bar.update()  # the mistake: counts a job handed over, not a job done
        finished = sum(future.done() for future in futures)
        print(terminal.getvalue().split("\r")[-1].strip())
        #> jobs: 100%|####################| 6/6
        print(f"jobs finished at that moment: {finished} of {len(futures)}")
        #> jobs finished at that moment: 0 of 6
    # Leaving the `with` block waits for the jobs: 3 rounds of 0.1 s on 2 workers.


if __name__ == "__main__":
    main()
