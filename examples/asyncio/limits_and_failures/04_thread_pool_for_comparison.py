import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
REQUESTS = 1000
LATENCY = 0.1  # seconds: the demo server's default wait before each answer
WORKERS = 100  # as many connections as httpx and aiohttp open by default
thread_data = threading.local()
thread_counts: list[int] = []  # append() from many threads loses nothing


def fetch_item(number: int) -> bytes:
    if not hasattr(thread_data, "session"):  # one Session per thread
        thread_data.session = requests.Session()
    response = thread_data.session.get(f"{BASE_URL}/api/items/{number}", timeout=30)
    thread_counts.append(threading.active_count())
    response.raise_for_status()
    return response.content


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=WORKERS) as pool:
    futures = [pool.submit(fetch_item, n) for n in range(1, REQUESTS + 1)]
elapsed = time.perf_counter() - start
errors = [future.exception() for future in futures if future.exception()]
print(f"{REQUESTS} requests: {REQUESTS - len(errors)} ok, {len(errors)} errors")
#> 1000 requests: 1000 ok, 0 errors
print(f"threads: {max(thread_counts)}")
#> threads: 101
rounds = REQUESTS // WORKERS  # each worker makes 10 requests, one after another
# Whole seconds: how long the CPU work takes depends on what else the machine runs.
print(f"{WORKERS} workers: {elapsed:.0f} s (ideal: {rounds} rounds x {LATENCY} s)")
#> 100 workers: 2 s (ideal: 10 rounds x 0.1 s)
