import asyncio

balance = 100


async def withdraw(amount: int, refused: list[int]) -> None:
    global balance
    if balance >= amount:  # check...
        await asyncio.sleep(0)  # stands in for a call to the fraud service
        balance -= amount  # ...then act, on a balance checked before the await
    else:
        refused.append(amount)


async def withdraw_without_awaiting(amount: int, refused: list[int]) -> None:
    global balance
    if balance >= amount:  # no await between check and act: no other task can run
        balance -= amount
    else:
        refused.append(amount)


async def main() -> None:
    global balance
    for withdrawal in (withdraw, withdraw_without_awaiting):
        balance = 100
        refused: list[int] = []
        await asyncio.gather(withdrawal(80, refused), withdrawal(80, refused))
        print(f"{withdrawal.__name__}: balance {balance}, refused {refused}")
        #> withdraw: balance -60, refused []
        #> withdraw_without_awaiting: balance 20, refused [80]


if __name__ == "__main__":
    asyncio.run(main())
