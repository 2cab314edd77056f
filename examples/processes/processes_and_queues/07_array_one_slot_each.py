import multiprocessing
from math import isqrt
from multiprocessing import Process
from multiprocessing.sharedctypes import SynchronizedArray

LIMIT = 40_000
PROCESSES = 4
PART = LIMIT // PROCESSES


def count_primes(numbers: range) -> int:
    return sum(
        number > 1 and all(number % divisor for divisor in range(2, isqrt(number) + 1))
        for number in numbers
    )


def count_into_slot(counts: SynchronizedArray, slot: int) -> None:
    # No lock needed: no other process writes to this slot.
    counts[slot] = count_primes(range(slot * PART, (slot + 1) * PART))


def main() -> None:
    counts = multiprocessing.Array("q", PROCESSES)  # 4 C integers, all 0
    workers = [
        Process(target=count_into_slot, args=(counts, slot))
        for slot in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"primes per {PART:,} numbers: {counts[:]}")  # written by the workers
    #> primes per 10,000 numbers: [1229, 1033, 983, 958]
    print(f"total {sum(counts)}, counted here: {count_primes(range(LIMIT))}")
    #> total 4203, counted here: 4203


if __name__ == "__main__":
    main()
