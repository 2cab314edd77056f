import threading
import time

start = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(5)]
for thread in threads:
    thread.start()
for thread in threads:  # a second loop: every thread is already running
    thread.join()
elapsed = time.perf_counter() - start
print(f"5 waits of 0.2 s took {elapsed:.1f} s")
#> 5 waits of 0.2 s took 0.2 s
