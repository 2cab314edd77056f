import asyncio

balance = 100
balance_lock = asyncio.Lock()


async def withdraw(amount: int, refused: list[int]) -> None:
    global balance
    async with balance_lock:  # one task at a time from the check to the act
        if balance >= amount:
            await asyncio.sleep(0)  # the other task waits at the lock meanwhile
            balance -= amount
        else:
            refused.append(amount)


async def main() -> None:
    refused: list[int] = []
    await asyncio.gather(withdraw(80, refused), withdraw(80, refused))
    print(f"balance {balance}, refused {refused}")
    #> balance 20, refused [80]


if __name__ == "__main__":
    asyncio.run(main())
