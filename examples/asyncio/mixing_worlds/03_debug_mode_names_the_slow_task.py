import asyncio
import logging
import re
import time


class KeepRecords(logging.Handler):
    """A logging handler that keeps what it receives, so the example can print it."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def save_report_blocking() -> None:
    time.sleep(0.5)


async def save_report() -> None:
    await asyncio.sleep(0.5)


async def main() -> None:
    await asyncio.gather(save_report_blocking(), save_report())


if __name__ == "__main__":
    kept = KeepRecords()
    asyncio_logger = logging.getLogger("asyncio")
    asyncio_logger.addHandler(kept)
    asyncio.run(main(), debug=True)  # debug mode: report steps slower than 0.1 s
    asyncio_logger.removeHandler(kept)

    print(f"{len(kept.records)} record(s) from the asyncio logger")
    #> 1 record(s) from the asyncio logger
    for record in kept.records:
        print(record.levelname, record.msg)
        #> WARNING Executing %s took %.3f seconds
        task, seconds = record.args
        coroutine = re.search(r"coro=<(\w+)", task).group(1)  # the task's repr varies
        print(f"Executing <Task ... coro=<{coroutine}() ...>> took {seconds:.1f} s")
        #> Executing <Task ... coro=<save_report_blocking() ...>> took 0.5 s
