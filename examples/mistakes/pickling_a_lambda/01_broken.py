from concurrent.futures import ProcessPoolExecutor


def stable_part(error: Exception) -> str:
    # Python 3.12 says "Can't pickle local object", 3.13 "Can't get local object".
    message = str(error)
    return "..." + message[message.index("local object") :]


def main() -> None:
    rate = 1.2

    def add_tax(price: float) -> float:  # defined inside main(): a local function
        return price * rate

    with ProcessPoolExecutor(max_workers=2) as pool:
        future = pool.submit(lambda price: price * rate, 10.0)  # accepted...
        try:
            future.result()  # ...and fails when the result is asked for
        except AttributeError as error:
            print(f"lambda:         AttributeError: {stable_part(error)}")
            #> lambda:         AttributeError: ...local object 'main.<locals>.<lambda>'
        try:
            pool.submit(add_tax, 10.0).result()
        except AttributeError as error:
            print(f"local function: AttributeError: {stable_part(error)}")
            #> local function: AttributeError: ...local object 'main.<locals>.add_tax'


if __name__ == "__main__":
    main()
