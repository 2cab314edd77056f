import multiprocessing
from multiprocessing import Process, Queue

SIZE = 1_000_000  # far more than a pipe holds (64 KiB on Linux)


def produce(results: Queue) -> None:
    results.put(b"x" * SIZE)
    # The process cannot exit until its queue's feeder thread has written all of
    # the item to the pipe, and the pipe is full until someone reads from it.


def main() -> None:
    results: Queue = multiprocessing.Queue()
    worker = Process(target=produce, args=(results,))
    worker.start()
    worker.join(timeout=1)  # the trap: join() before get(); without a timeout, forever
    print(
        f"after join(timeout=1): alive={worker.is_alive()}, "
        f"exitcode={worker.exitcode}"
    )
    #> after join(timeout=1): alive=True, exitcode=None
    item = results.get(timeout=10)  # the fix: drain the queue first...
    worker.join()  # ...then join
    print(f"after get() then join(): {len(item):,} bytes, exitcode={worker.exitcode}")
    #> after get() then join(): 1,000,000 bytes, exitcode=0


if __name__ == "__main__":
    main()
