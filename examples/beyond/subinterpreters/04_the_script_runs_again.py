import sys

RATE = 1.2
IMPORTED_AS = __name__  # module-level code: it runs again in each worker


def add_tax(price: float) -> float:
    return round(price * RATE, 2)


def imported_as(_: object) -> str:
    return IMPORTED_AS


def main() -> None:
    if sys.version_info < (3, 14):
        print("InterpreterPoolExecutor is new in Python 3.14: not in this Python")
        #> [3.12-3.13] InterpreterPoolExecutor is new in Python 3.14: not in this Python
        return
    from concurrent import interpreters
    from concurrent.futures import InterpreterPoolExecutor

    with InterpreterPoolExecutor(max_workers=2) as pool:
        print(f"add_tax: {list(pool.map(add_tax, [10.0, 25.0]))}")
        #> [3.14+] add_tax: [12.0, 30.0]
        print(f"this script in the worker: {pool.submit(imported_as, 0).result()!r}")
        #> [3.14+] this script in the worker: '<fake __main__>'
        try:
            pool.submit(lambda price: price * RATE, 10.0).result()
        except interpreters.NotShareableError:
            print("a lambda that reads RATE: NotShareableError")
            #> [3.14+] a lambda that reads RATE: NotShareableError


if __name__ == "__main__":
    main()
