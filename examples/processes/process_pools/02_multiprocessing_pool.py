import multiprocessing
import os
import time

DELAYS = {"slow": 0.3, "fast": 0.1, "medium": 0.2}  # sent in this order


def square(number: int) -> int:
    return number * number


def fetch(name: str) -> str:
    time.sleep(DELAYS[name])
    return name


def worker_pid(job: int) -> int:
    time.sleep(0.1)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def main() -> None:
    with multiprocessing.Pool(processes=3) as pool:
        print(f"map():         {pool.map(square, range(6))}")  # a list, input order
        #> map():         [0, 1, 4, 9, 16, 25]
        pending = pool.apply_async(square, (12,))  # one call: like submit()
        print(f"apply_async(): {pending.get(timeout=10)}")
        #> apply_async(): 144
        started: set[int] = set()
        while len(started) < 3:  # every worker running, so each takes one job
            started.update(pool.map(worker_pid, range(3), chunksize=1))
        start = time.perf_counter()
        arrivals = [
            f"{name} at {time.perf_counter() - start:.1f} s"
            for name in pool.imap_unordered(fetch, DELAYS)  # finishing order
        ]
        print(f"imap_unordered(): {', '.join(arrivals)}")
        #> imap_unordered(): fast at 0.1 s, medium at 0.2 s, slow at 0.3 s


if __name__ == "__main__":
    main()
