import asyncio
import gc
import warnings

USERS = ["ada", "grace", "linus"]
sent: list[str] = []


async def send_welcome_email(user: str) -> None:
    await asyncio.sleep(0.1)  # stands in for talking to the mail server
    sent.append(user)


async def main() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # record every warning, none to stderr
        for user in USERS:
            send_welcome_email(user)  # the mistake: a coroutine, never awaited
        gc.collect()
    print(f"emails sent: {sent}")
    #> emails sent: []
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")
        #> RuntimeWarning: coroutine 'send_welcome_email' was never awaited
        #> RuntimeWarning: coroutine 'send_welcome_email' was never awaited
        #> RuntimeWarning: coroutine 'send_welcome_email' was never awaited


if __name__ == "__main__":
    asyncio.run(main())
