import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import IO

DELAYS = {"large.png": 0.3, "small.png": 0.1, "medium.png": 0.2}  # sent in this order


def resize(name: str) -> str:
    time.sleep(DELAYS[name])
    print(f"resized {name}", flush=True)  # goes to this worker's own stdout
    return f"thumb-{name}"


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


@contextlib.contextmanager
def stdout_into(file: IO[str]) -> Iterator[None]:
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(file.fileno(), 1)  # file descriptor 1, which every worker inherits
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def main() -> None:
    with tempfile.TemporaryFile("w+") as log:
        with stdout_into(log), ProcessPoolExecutor(max_workers=3) as pool:
            started: set[int] = set()
            while len(started) < 3:  # every worker running, so each takes one job
                started.update(pool.map(worker_pid, range(3)))
            results = list(pool.map(resize, DELAYS))
        log.seek(0)
        printed = log.read().splitlines()
    print(f"printed:  {printed}")  # by the workers, in the order they finished
    #> printed:  ['resized small.png', 'resized medium.png', 'resized large.png']
    print(f"returned: {results}")  # by map(), in the order of the inputs
    #> returned: ['thumb-large.png', 'thumb-small.png', 'thumb-medium.png']


if __name__ == "__main__":
    main()
