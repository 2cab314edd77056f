import itertools
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor


def checksum(reading: int) -> int:
    return (reading * 37 + 11) % 100  # stands in for real work on one reading


def readings(taken: list[int]) -> Iterator[int]:
    for number in itertools.count():  # endless: a sensor, a queue, a log being written
        taken.append(number)
        yield number


def main() -> None:
    if sys.version_info < (3, 14):
        # map() without buffersize submits the whole input first: here, for ever
        print("map(buffersize=...) is new in Python 3.14: not in this Python")
        #> [3.12-3.13] map(buffersize=...) is new in Python 3.14: not in this Python
        return
    taken: list[int] = []
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = pool.map(checksum, readings(taken), buffersize=4)
        used = 0
        for value in results:
            used += 1
            if value == 0:  # stop at the first zero checksum
                break
        results.close()  # cancels the jobs submitted ahead
    print(f"results used: {used}, readings taken: {len(taken)}")
    #> [3.14+] results used: 98, readings taken: 102
    print(f"taken ahead of the results: {len(taken) - used}, never more")
    #> [3.14+] taken ahead of the results: 4, never more


if __name__ == "__main__":
    main()
