import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(time.sleep, 0.3) for _ in range(4)]
    done = sum(future.done() for future in futures)
    elapsed = time.perf_counter() - start
    print(f"end of the with body: {elapsed:.1f} s, jobs done: {done}")
    #> end of the with body: 0.0 s, jobs done: 0
# Leaving the block called pool.shutdown(wait=True): every job has finished.
done = sum(future.done() for future in futures)
elapsed = time.perf_counter() - start
print(f"after the with block: {elapsed:.1f} s, jobs done: {done}")
#> after the with block: 0.6 s, jobs done: 4

try:
    pool.submit(time.sleep, 0.3)
except RuntimeError as error:
    print(f"submit() afterwards: RuntimeError: {error}")
    #> submit() afterwards: RuntimeError: cannot schedule new futures after shutdown
