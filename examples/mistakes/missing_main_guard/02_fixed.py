import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(number: int) -> int:
    return number * number


def main() -> None:
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            print(f"{method + ':':<11} {list(pool.map(square, range(5)))}")
            #> fork:       [0, 1, 4, 9, 16]
            #> spawn:      [0, 1, 4, 9, 16]
            #> forkserver: [0, 1, 4, 9, 16]


if __name__ == "__main__":  # true when run, false when a worker imports this file
    main()
