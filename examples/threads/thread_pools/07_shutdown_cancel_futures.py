import threading
import time
from concurrent.futures import ThreadPoolExecutor


def export_page(page: int, first_started: threading.Event) -> int:
    first_started.set()
    time.sleep(0.2)
    return page


def run_and_shut_down(cancel_futures: bool) -> str:
    first_started = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1)  # one job runs, the others queue
    futures = [pool.submit(export_page, page, first_started) for page in range(6)]
    first_started.wait()  # so the first job is surely running, not queued
    start = time.perf_counter()
    pool.shutdown(wait=True, cancel_futures=cancel_futures)
    elapsed = time.perf_counter() - start
    cancelled = sum(future.cancelled() for future in futures)
    finished = len(futures) - cancelled
    return f"{elapsed:.1f} s, finished: {finished}, cancelled: {cancelled}"


print(f"shutdown():                    {run_and_shut_down(cancel_futures=False)}")
#> shutdown():                    1.2 s, finished: 6, cancelled: 0
print(f"shutdown(cancel_futures=True): {run_and_shut_down(cancel_futures=True)}")
#> shutdown(cancel_futures=True): 0.2 s, finished: 1, cancelled: 5
