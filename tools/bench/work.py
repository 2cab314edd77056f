"""CPU-bound jobs shared by the comparisons: module-level, so processes can run them.

And the two ways the comparisons run a batch of them: one after another in this
thread, or all at once on a pool of threads or processes.
"""

from collections.abc import Callable
from concurrent.futures import Executor


def add_up(count: int) -> int:
    """A pure-Python loop: holds the GIL the whole time."""
    total = 0
    for number in range(count):
        total += number
    return total


def fib(n: int) -> int:
    """The naive recursive Fibonacci, the published experiment's job."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def one_at_a_time(job: Callable[[int], object], sizes: list[int]) -> None:
    for size in sizes:
        job(size)


def on_pool(pool: Executor, job: Callable[[int], object], sizes: list[int]) -> None:
    list(pool.map(job, sizes))
