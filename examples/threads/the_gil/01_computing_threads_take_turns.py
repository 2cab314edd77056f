import time
from concurrent.futures import ThreadPoolExecutor

TOTAL = 2_000_000  # numbers to add up, split evenly between the threads


def add_up(count: int) -> int:
    total = 0
    for number in range(count):  # pure Python: runs only while holding the GIL
        total += number
    return total


def time_on_threads(threads: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(add_up, [TOTAL // threads] * threads))
    return time.perf_counter() - start


# Best of five rounds. Each round times all three ways, so a moment when another
# program holds a core spoils one round, not every run of one way.
rounds = [[time_on_threads(threads) for threads in (1, 2, 4)] for _ in range(5)]
one, two, four = map(min, zip(*rounds, strict=True))
print(f"2 threads: {one / two:.1f}x, 4 threads: {one / four:.1f}x")
#> 2 threads: 1.0x, 4 threads: 1.0x
