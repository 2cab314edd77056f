import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice


def square(number: int) -> int:
    return number * number


def numbers(read: list[int], limit: int) -> Iterator[int]:
    for number in range(limit):
        read.append(number)  # counts how far map() has read the input
        yield number


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        read: list[int] = []
        results = pool.map(square, numbers(read, 1000))
        print(f"map():             {len(read)} inputs read before the first result")
        #> map():             1000 inputs read before the first result
        for _ in results:
            pass
        if sys.version_info < (3, 14):
            print("map(buffersize=4): needs Python 3.14")
            #> [3.12-3.13] map(buffersize=4): needs Python 3.14
            return
        read = []
        results = pool.map(square, numbers(read, 1000), buffersize=4)
        first_five = list(islice(results, 5))
        print(f"map(buffersize=4): {len(read)} inputs read for {first_five}")
        #> [3.14+] map(buffersize=4): 9 inputs read for [0, 1, 4, 9, 16]


if __name__ == "__main__":
    main()
