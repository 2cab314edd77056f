import threading
import time

THREADS = 4
INCREMENTS = 100  # per thread
counter = 0
counter_lock = threading.Lock()


def add_one_many_times() -> None:
    global counter
    for _ in range(INCREMENTS):
        with counter_lock:  # one thread at a time from read to write
            value = counter
            time.sleep(0.001)  # other threads wait at `with` meanwhile
            counter = value + 1


threads = [threading.Thread(target=add_one_many_times) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

expected = THREADS * INCREMENTS
print(f"expected {expected}, got {counter}")
#> expected 400, got 400
