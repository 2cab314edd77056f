import threading
import time

threads = [threading.Thread(target=time.sleep, args=(1.0,)) for _ in range(2)]

start = time.perf_counter()
for thread in threads:
    thread.start()
elapsed = time.perf_counter() - start  # the trap: nothing has waited for the threads
sleeping = sum(thread.is_alive() for thread in threads)
print(f"without join(): {elapsed:.1f} s, threads still sleeping: {sleeping}")
#> without join(): 0.0 s, threads still sleeping: 2

for thread in threads:
    thread.join()
elapsed = time.perf_counter() - start
sleeping = sum(thread.is_alive() for thread in threads)
print(f"after join(): {elapsed:.1f} s, threads still sleeping: {sleeping}")
#> after join(): 1.0 s, threads still sleeping: 0
