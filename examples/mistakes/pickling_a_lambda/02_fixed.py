from concurrent.futures import ProcessPoolExecutor
from functools import partial

PRICES = [10.0, 25.0, 40.0]


def add_tax(price: float, rate: float) -> float:  # top level: found by its name
    return price * rate


def main() -> None:
    rate = 1.2
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(f"submit(): {pool.submit(add_tax, 10.0, rate).result()}")
        #> submit(): 12.0
        with_rate = partial(add_tax, rate=rate)  # picklable: add_tax plus rate
        print(f"map():    {list(pool.map(with_rate, PRICES))}")
        #> map():    [12.0, 30.0, 48.0]


if __name__ == "__main__":
    main()
