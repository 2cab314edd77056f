import threading
import time

connection_slots = threading.Semaphore(3)  # the database accepts 3 connections
in_use = 0
most_in_use = 0
tally_lock = threading.Lock()  # protects in_use and most_in_use


def run_query() -> None:
    global in_use, most_in_use
    with connection_slots:  # waits here while 3 other threads hold a slot
        with tally_lock:
            in_use += 1
            most_in_use = max(most_in_use, in_use)
        time.sleep(0.1)  # the query
        with tally_lock:
            in_use -= 1


threads = [threading.Thread(target=run_query) for _ in range(9)]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.perf_counter() - start
print(f"9 queries, at most {most_in_use} at a time, took {elapsed:.1f} s")
#> 9 queries, at most 3 at a time, took 0.3 s
