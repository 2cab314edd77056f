import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

JOBS = [10_000_000] * 4  # four equal pure-Python jobs


def count_multiples_of_7(limit: int) -> int:
    count = 0
    for number in range(limit):
        if number % 7 == 0:
            count += 1
    return count


def seconds_on(pool_class: type) -> float:
    start = time.perf_counter()
    with pool_class(max_workers=2) as pool:  # starting the workers is timed too
        list(pool.map(count_multiples_of_7, JOBS))
    return time.perf_counter() - start


def main() -> None:
    if sys.version_info < (3, 14):
        print("InterpreterPoolExecutor is new in Python 3.14: not in this Python")
        #> [3.12-3.13] InterpreterPoolExecutor is new in Python 3.14: not in this Python
        return
    from concurrent.futures import InterpreterPoolExecutor

    start = time.perf_counter()
    for limit in JOBS:
        count_multiples_of_7(limit)
    alone = time.perf_counter() - start
    print(f"one at a time:      {alone:.1f} s")
    #> [3.14+] one at a time:      1.1 s
    speedups = {}
    for name, pool_class in [
        ("2 threads", ThreadPoolExecutor),
        ("2 processes", ProcessPoolExecutor),
        ("2 subinterpreters", InterpreterPoolExecutor),
    ]:
        elapsed = seconds_on(pool_class)
        speedups[name] = alone / elapsed
        print(f"{name + ':':<19} {elapsed:.1f} s, {speedups[name]:.1f}x")
        #> [3.14+] 2 threads:          1.1 s, 1.0x
        #> [3.14+] 2 processes:        0.6 s, 1.7x
        #> [3.14+] 2 subinterpreters:  0.6 s, 1.7x
    parallel = speedups["2 subinterpreters"] > 1.3
    print(f"subinterpreters compute in parallel: {parallel}")
    #> [3.14+] subinterpreters compute in parallel: True


if __name__ == "__main__":
    main()
