import asyncio
import io
import logging
import logging.handlers
import queue
import threading

# taskName (Python 3.12+) is the asyncio task's name, None outside a task.
FORMAT = "%(threadName)-10s %(taskName)-8s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger("batch")


def download(item: int) -> None:
    log.info("downloaded item %d", item)


async def fetch(item: int) -> None:
    await asyncio.sleep(0.01)
    log.info("fetched item %d", item)


async def fetch_all() -> None:
    async with asyncio.TaskGroup() as group:
        for item in range(2):
            group.create_task(fetch(item), name=f"fetch-{item}")


def main() -> None:
    records: queue.Queue = queue.Queue()
    log_file = io.StringIO()  # a real program: logging.FileHandler("batch.log")
    writer = logging.StreamHandler(log_file)
    writer.setFormatter(logging.Formatter(FORMAT))
    # The listener's thread does the slow part, formatting and writing; everyone
    # else only puts the record on the queue.
    listener = logging.handlers.QueueListener(records, writer)
    root = logging.getLogger()
    to_queue = logging.handlers.QueueHandler(records)
    root.addHandler(to_queue)
    root.setLevel(logging.INFO)
    listener.start()
    try:
        threads = [
            threading.Thread(target=download, args=(item,), name=f"download-{item}")
            for item in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        asyncio.run(fetch_all())
    finally:
        listener.stop()  # writes what is still queued, then ends its thread
        root.removeHandler(to_queue)
    for line in sorted(log_file.getvalue().splitlines()):  # arrival order varies
        print(line)
        #> MainThread fetch-0  INFO batch: fetched item 0
        #> MainThread fetch-1  INFO batch: fetched item 1
        #> download-0 None     INFO batch: downloaded item 0
        #> download-1 None     INFO batch: downloaded item 1


if __name__ == "__main__":
    main()
