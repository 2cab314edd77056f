import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def log_in(name: str) -> None:
    user.set(name)


async def log_in_and_undo(name: str) -> None:
    token = user.set(name)
    try:
        await asyncio.sleep(0)  # works as "name" until the end of the block
    finally:
        user.reset(token)  # puts back the value from before set()


async def main() -> None:
    seen: list[str] = []
    user.set("ada")
    await asyncio.create_task(log_in("mallory"))  # a task runs in a copy
    seen.append(f"after a task set it: {user.get()}")
    await log_in("mallory")  # a plain await runs in the caller's context
    seen.append(f"after a plain await set it: {user.get()}")
    user.set("ada")
    await log_in_and_undo("mallory")
    seen.append(f"after set() and reset(token): {user.get()}")
    for line in seen:
        print(line)
        #> after a task set it: ada
        #> after a plain await set it: mallory
        #> after set() and reset(token): ada


if __name__ == "__main__":
    asyncio.run(main())
