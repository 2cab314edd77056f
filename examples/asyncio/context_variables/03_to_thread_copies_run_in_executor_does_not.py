import asyncio
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="no request")


def blocking_lookup() -> str:  # ordinary code run in a worker thread
    return request_id.get()


async def main() -> None:
    request_id.set("req-7")
    loop = asyncio.get_running_loop()
    copy_then_run = functools.partial(contextvars.copy_context().run, blocking_lookup)
    seen = {
        "to_thread()": await asyncio.to_thread(blocking_lookup),
        "run_in_executor()": await loop.run_in_executor(None, blocking_lookup),
        "run_in_executor(copy_context().run)": await loop.run_in_executor(
            None, copy_then_run
        ),
    }
    for how, value in seen.items():
        print(f"{how:36} the thread sees {value}")
        #> to_thread()                          the thread sees req-7
        #> run_in_executor()                    the thread sees no request
        #> run_in_executor(copy_context().run)  the thread sees req-7


if __name__ == "__main__":
    asyncio.run(main())
