import asyncio
import contextvars
import threading

per_thread = threading.local()  # one value per thread, and all tasks share a thread
per_context = contextvars.ContextVar("request_id")


async def with_thread_local(request: str) -> str:
    per_thread.request_id = request
    await asyncio.sleep(0.1)  # the other tasks run here, and set it too
    return f"{request} sees {per_thread.request_id}"


async def with_context_var(request: str) -> str:
    per_context.set(request)  # each task set()s its own copy
    await asyncio.sleep(0.1)
    return f"{request} sees {per_context.get()}"


async def main() -> None:
    requests = ("req-1", "req-2", "req-3")
    report: list[str] = []
    for handle in (with_thread_local, with_context_var):
        results = await asyncio.gather(*(handle(request) for request in requests))
        report.append(f"{handle.__name__}: {', '.join(results)}")
    for line in report:
        print(line)
        #> with_thread_local: req-1 sees req-3, req-2 sees req-3, req-3 sees req-3
        #> with_context_var: req-1 sees req-1, req-2 sees req-2, req-3 sees req-3


if __name__ == "__main__":
    asyncio.run(main())
