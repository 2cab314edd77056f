import sys
from concurrent.futures import Executor, ThreadPoolExecutor

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in Python 3.14
except ImportError:
    InterpreterPoolExecutor = None

JOBS = [range(2_000_000)] * 4  # four sums of two million numbers, computed in C


def make_executor() -> Executor:
    if InterpreterPoolExecutor is not None:
        return InterpreterPoolExecutor(max_workers=2)  # one interpreter per worker
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    # stderr, not stdout: the checked output must be the same on every version.
    print(
        f"concurrent.interpreters needs Python 3.14; this is {version}:"
        " running the same jobs on threads instead",
        file=sys.stderr,
    )
    return ThreadPoolExecutor(max_workers=2)  # same Executor interface


def main() -> None:
    with make_executor() as executor:
        # sum is a builtin: the callable must be importable in a new interpreter
        totals = list(executor.map(sum, JOBS))
    print(f"{len(totals)} jobs, all equal: {len(set(totals)) == 1}, each {totals[0]}")
    #> 4 jobs, all equal: True, each 1999999000000


if __name__ == "__main__":
    main()
