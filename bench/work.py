"""CPU-bound jobs shared by the comparisons: module-level, so processes can run them."""


def add_up(count: int) -> int:
    """A pure-Python loop: holds the GIL the whole time."""
    total = 0
    for number in range(count):
        total += number
    return total


def fib(n: int) -> int:
    """The naive recursive Fibonacci, the published experiment's job."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
