import multiprocessing
import time
from multiprocessing import Process
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Barrier

PROCESSES = 2
INCREMENTS = 50  # per process


def add_one_many_times(counter: Synchronized, ready: Barrier) -> None:
    ready.wait()
    for _ in range(INCREMENTS):
        with counter.get_lock():  # the Value's own lock, from read to write
            value = counter.value
            time.sleep(0.002)  # the other process waits at `with` meanwhile
            counter.value = value + 1


def main() -> None:
    counter = multiprocessing.Value("i", 0)
    ready = multiprocessing.Barrier(PROCESSES)
    workers = [
        Process(target=add_one_many_times, args=(counter, ready))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"expected {PROCESSES * INCREMENTS}, got {counter.value}")
    #> expected 100, got 100


if __name__ == "__main__":
    main()
