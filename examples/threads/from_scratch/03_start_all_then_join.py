import threading
import time

WAIT = 0.2  # seconds each thread waits


def start_all_then_join_all(count: int) -> float:
    threads = [threading.Thread(target=time.sleep, args=(WAIT,)) for _ in range(count)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:  # a second loop: every thread is already running
        thread.join()
    return time.perf_counter() - start


def join_inside_start_loop(count: int) -> float:
    threads = [threading.Thread(target=time.sleep, args=(WAIT,)) for _ in range(count)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
        thread.join()  # the trap: waits for this thread before starting the next
    return time.perf_counter() - start


print(f"10 threads, start all then join all: {start_all_then_join_all(10):.1f} s")
#> 10 threads, start all then join all: 0.2 s
print(f"10 threads, join inside the start loop: {join_inside_start_loop(10):.1f} s")
#> 10 threads, join inside the start loop: 2.0 s
