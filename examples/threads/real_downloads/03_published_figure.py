import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)
PUBLISHED_ONE_AT_A_TIME = 23.0  # seconds for the 15 images, as published
PUBLISHED_POOL = 5.0
SCALE = 10  # ten times shorter waits, so that the run takes seconds, not minutes
DELAY = PUBLISHED_ONE_AT_A_TIME / len(IMAGES) / SCALE  # 0.153 s per image

thread_data = threading.local()


def fetch_image(number: int) -> bytes:
    if not hasattr(thread_data, "session"):  # one Session per thread
        thread_data.session = requests.Session()
    url = f"{BASE_URL}/images/{number}.png?delay={DELAY:.3f}"
    response = thread_data.session.get(url, timeout=5)
    response.raise_for_status()
    return response.content


def download_all(workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(fetch_image, IMAGES))
    return time.perf_counter() - start


one_at_a_time, pooled = PUBLISHED_ONE_AT_A_TIME / SCALE, PUBLISHED_POOL / SCALE
speed_up = one_at_a_time / pooled
print(f"published, scaled: {one_at_a_time:.2f} s and {pooled:.2f} s, {speed_up:.1f}x")
#> published, scaled: 2.30 s and 0.50 s, 4.6x

baseline = download_all(workers=1)
print(f"this machine, 1 thread: {baseline:.2f} s")
#> this machine, 1 thread: 2.34 s
for workers in (5, 15):
    elapsed = download_all(workers)
    speed_up = baseline / elapsed
    print(f"this machine, {workers} threads: {elapsed:.2f} s, {speed_up:.0f}x")
    #> this machine, 5 threads: 0.47 s, 5x
    #> this machine, 15 threads: 0.18 s, 13x
