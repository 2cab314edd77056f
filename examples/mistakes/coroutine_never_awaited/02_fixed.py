import asyncio
import time

USERS = ["ada", "grace", "linus"]
sent: list[str] = []


async def send_welcome_email(user: str) -> None:
    await asyncio.sleep(0.1)  # stands in for talking to the mail server
    sent.append(user)


async def main() -> None:
    start = time.perf_counter()
    # Await the coroutines; gather() runs them concurrently.
    await asyncio.gather(*(send_welcome_email(user) for user in USERS))
    print(f"emails sent: {sent} in {time.perf_counter() - start:.1f} s")
    #> emails sent: ['ada', 'grace', 'linus'] in 0.1 s


if __name__ == "__main__":
    asyncio.run(main())
