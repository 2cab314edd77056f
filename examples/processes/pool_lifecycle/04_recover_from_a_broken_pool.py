import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

IMAGES = ["corrupt.png", "a.png", "b.png", "c.png"]


def convert(name: str) -> str:
    if name == "corrupt.png":
        os._exit(1)  # stands in for a crash in C code, or the OOM killer
    time.sleep(0.3)
    return name.replace(".png", ".webp")


def run_batch(names: list[str], workers: int) -> tuple[list[str], list[str]]:
    done, lost = [], []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(convert, name) for name in names}
        for name, future in futures.items():
            try:
                done.append(future.result())
            except BrokenProcessPool:  # this pool is finished: note the job
                lost.append(name)
    return done, lost


def main() -> None:
    done, lost = run_batch(IMAGES, workers=2)
    print(f"one pool for all: done {done}, lost {lost}")
    #> one pool for all: done [], lost ['corrupt.png', 'a.png', 'b.png', 'c.png']
    crashed = []
    for name in lost:  # a new pool per lost job: a crash takes only its own job
        more, again = run_batch([name], workers=1)
        done += more
        crashed += again
    print(f"retried alone:    done {done}, crashed {crashed}")
    #> retried alone:    done ['a.webp', 'b.webp', 'c.webp'], crashed ['corrupt.png']


if __name__ == "__main__":
    main()
