import pickle
import re
from concurrent.futures import ProcessPoolExecutor

# Python 3.12 and 3.13 raise AttributeError, 3.14 pickle.PicklingError (gh-122311).
CANNOT_PICKLE = (AttributeError, pickle.PicklingError)


def describe(error: Exception) -> str:
    # The message differs too, and from 3.14 holds an address: keep the name only.
    name = re.search(r"main\.<locals>\.[\w<>]+", str(error))
    return f"{type(error).__name__}, {name and name.group()}"


def main() -> None:
    rate = 1.2

    def add_tax(price: float) -> float:  # defined inside main(): a local function
        return price * rate

    with ProcessPoolExecutor(max_workers=2) as pool:
        future = pool.submit(lambda price: price * rate, 10.0)  # accepted...
        try:
            future.result()  # ...and fails when the result is asked for
        except CANNOT_PICKLE as error:
            print(f"lambda:         {describe(error)}")
            #> [3.12-3.13] lambda:         AttributeError, main.<locals>.<lambda>
            #> [3.14+] lambda:         PicklingError, main.<locals>.<lambda>
        try:
            pool.submit(add_tax, 10.0).result()
        except CANNOT_PICKLE as error:
            print(f"local function: {describe(error)}")
            #> [3.12-3.13] local function: AttributeError, main.<locals>.add_tax
            #> [3.14+] local function: PicklingError, main.<locals>.add_tax


if __name__ == "__main__":
    main()
