import asyncio

steps: list[str] = []


async def make_tea(kind: str) -> str:
    steps.append(f"boil water for {kind} tea")
    await asyncio.sleep(0.1)  # stands in for a slow kettle
    steps.append("pour")
    return f"a cup of {kind} tea"


def main() -> None:
    order = make_tea("green")  # calling it only creates a coroutine object
    print(f"make_tea() returned a {type(order).__name__}")
    #> make_tea() returned a coroutine
    print(f"steps run so far: {steps}")
    #> steps run so far: []

    cup = asyncio.run(order)  # an event loop runs the body, up to its return
    print(f"steps run now: {steps}")
    #> steps run now: ['boil water for green tea', 'pour']
    print(f"asyncio.run() returned {cup!r}")
    #> asyncio.run() returned 'a cup of green tea'


if __name__ == "__main__":
    main()
