import threading
import time

THREADS = 4
INCREMENTS = 100  # per thread
counter = 0


def add_one_many_times() -> None:
    global counter
    for _ in range(INCREMENTS):
        value = counter  # read
        time.sleep(0.001)  # another thread runs here and reads the same value
        counter = value + 1  # write: overwrites what the others wrote meanwhile


threads = [threading.Thread(target=add_one_many_times) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

expected = THREADS * INCREMENTS
print(f"expected {expected}, lost updates: {counter < expected}")
#> expected 400, lost updates: True
