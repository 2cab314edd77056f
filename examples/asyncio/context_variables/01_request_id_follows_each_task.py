import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="no request")
log: list[str] = []


def log_line(message: str) -> None:  # deep in the code: no request id passed in
    log.append(f"[{request_id.get()}] {message}")


async def load(what: str, delay: float) -> None:
    await asyncio.sleep(delay)
    log_line(f"loaded {what}")


async def handle(request: str, delay: float) -> None:
    request_id.set(request)  # set once, in the task that handles the request
    await asyncio.gather(load("user", delay), load("cart", delay))  # tasks copy it


async def main() -> None:
    async with asyncio.TaskGroup() as group:  # one task per request
        group.create_task(handle("req-1", 0.2))
        group.create_task(handle("req-2", 0.1))
        group.create_task(handle("req-3", 0.3))
    log_line("all requests done")
    for line in log:
        print(line)
        #> [req-2] loaded user
        #> [req-2] loaded cart
        #> [req-1] loaded user
        #> [req-1] loaded cart
        #> [req-3] loaded user
        #> [req-3] loaded cart
        #> [no request] all requests done


if __name__ == "__main__":
    asyncio.run(main())
