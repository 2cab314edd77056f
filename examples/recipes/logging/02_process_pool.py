import io
import logging
import logging.handlers
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

FORMAT = "%(processName)-11s %(threadName)-10s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger("batch")


def log_to(records: multiprocessing.Queue) -> None:
    """Send every record of this process to the queue, at INFO and above."""
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(records)]  # not fork's copies
    root.setLevel(logging.INFO)


def start_worker(records: multiprocessing.Queue) -> None:
    """Pool initializer: runs in each worker before its first job."""
    # The default name depends on the start method (ForkProcess-1, SpawnProcess-1).
    multiprocessing.current_process().name = "pool-worker"
    log_to(records)


def square(item: int) -> int:
    log.info("squared %d", item)
    return item * item


def main() -> None:
    records = multiprocessing.Queue()
    log_file = io.StringIO()  # a real program: logging.FileHandler("batch.log")
    writer = logging.StreamHandler(log_file)
    writer.setFormatter(logging.Formatter(FORMAT))
    listener = logging.handlers.QueueListener(records, writer)
    log_to(records)  # the parent's records take the same way
    listener.start()
    try:
        with ProcessPoolExecutor(
            2, initializer=start_worker, initargs=(records,)
        ) as pool:
            log.info("4 jobs on 2 workers")
            results = list(pool.map(square, range(4)))
        log.info("results: %s", results)
    finally:
        listener.stop()  # after the workers have exited: their records are in
    for line in sorted(log_file.getvalue().splitlines()):  # arrival order varies
        print(line)
        #> MainProcess MainThread INFO batch: 4 jobs on 2 workers
        #> MainProcess MainThread INFO batch: results: [0, 1, 4, 9]
        #> pool-worker MainThread INFO batch: squared 0
        #> pool-worker MainThread INFO batch: squared 1
        #> pool-worker MainThread INFO batch: squared 2
        #> pool-worker MainThread INFO batch: squared 3


if __name__ == "__main__":
    main()
