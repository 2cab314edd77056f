import threading
import time

start = time.perf_counter()
for _ in range(5):
    thread = threading.Thread(target=time.sleep, args=(0.2,))
    thread.start()
    thread.join()  # waits for this thread before the next one even starts
elapsed = time.perf_counter() - start
print(f"5 waits of 0.2 s took {elapsed:.1f} s")
#> 5 waits of 0.2 s took 1.0 s
