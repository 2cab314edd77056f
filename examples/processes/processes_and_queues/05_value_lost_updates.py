import multiprocessing
import time
from multiprocessing import Process
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Barrier

PROCESSES = 2
INCREMENTS = 50  # per process


def add_one_many_times(counter: Synchronized, ready: Barrier) -> None:
    ready.wait()  # both processes start adding at the same moment
    for _ in range(INCREMENTS):
        value = counter.value  # read
        time.sleep(0.002)  # the other process reads the same value meanwhile
        counter.value = value + 1  # write: overwrites the other's increment


def main() -> None:
    counter = multiprocessing.Value("i", 0)  # a C int in shared memory, 0 at first
    ready = multiprocessing.Barrier(PROCESSES)
    workers = [
        Process(target=add_one_many_times, args=(counter, ready))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    expected = PROCESSES * INCREMENTS
    print(f"expected {expected}, lost updates: {counter.value < expected}")
    #> expected 100, lost updates: True


if __name__ == "__main__":
    main()
