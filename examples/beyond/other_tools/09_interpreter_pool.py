from concurrent.futures import Executor, ThreadPoolExecutor

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in Python 3.14
except ImportError:
    InterpreterPoolExecutor = None

JOBS = [range(2_000_000)] * 4  # four sums of two million numbers, computed in C


def make_executor() -> Executor:
    if InterpreterPoolExecutor is not None:
        print("running the jobs in 2 subinterpreters")
        #> [3.14+] running the jobs in 2 subinterpreters
        return InterpreterPoolExecutor(max_workers=2)  # one interpreter per worker
    print("no InterpreterPoolExecutor before 3.14: running them on 2 threads")
    #> [3.12-3.13] no InterpreterPoolExecutor before 3.14: running them on 2 threads
    return ThreadPoolExecutor(max_workers=2)  # same Executor interface


def main() -> None:
    with make_executor() as executor:
        totals = list(executor.map(sum, JOBS))  # sum: a built-in, found everywhere
    print(f"{len(totals)} jobs, all equal: {len(set(totals)) == 1}, each {totals[0]}")
    #> 4 jobs, all equal: True, each 1999999000000


if __name__ == "__main__":
    main()
