import os
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)
ATTEMPTS = 3  # the first try and two retries
BACKOFF = 0.1  # seconds before the first retry, doubled before each next one
MAX_WAIT = 10  # seconds: never sleep longer than this, whatever the server says
RETRY_STATUSES = {429, 502, 503, 504}  # "not now": a later try may succeed

thread_data = threading.local()


def seconds_to_wait(response: requests.Response, attempt: int) -> float:
    retry_after = response.headers.get("Retry-After", "")
    if retry_after.isdigit():  # the server says how long: better than a guess
        return min(float(retry_after), MAX_WAIT)
    return BACKOFF * 2 ** (attempt - 1)  # 0.1 s, then 0.2 s, 0.4 s, ...


def fetch_image(number: int) -> tuple[bytes, list[float]]:  # image, waits
    if not hasattr(thread_data, "session"):  # one Session per thread
        thread_data.session = requests.Session()
    url = f"{BASE_URL}/images/{number}.png"
    waited: list[float] = []
    for attempt in range(1, ATTEMPTS + 1):
        response = thread_data.session.get(url, timeout=5)
        if response.status_code not in RETRY_STATUSES or attempt == ATTEMPTS:
            break
        waited.append(seconds_to_wait(response, attempt))
        time.sleep(waited[-1])
    response.raise_for_status()  # still failing after the last attempt: give up
    return response.content, waited


waits: dict[int, list[float]] = {}
failures: list[int] = []
start = time.perf_counter()
with ThreadPoolExecutor(max_workers=len(IMAGES)) as pool:
    futures = {number: pool.submit(fetch_image, number) for number in IMAGES}
elapsed = time.perf_counter() - start
for number, future in futures.items():
    try:
        _, waits[number] = future.result()
    except requests.RequestException:
        failures.append(number)

# Which images had to wait depends on which requests arrived first: count, not list.
told = [seconds for waited in waits.values() for seconds in waited]
print(f"waits before a retry: {len(told)}, lasting {sorted(set(told))} seconds")
#> waits before a retry: 15, lasting [1.0] seconds
by_waits = Counter(len(waited) for waited in waits.values())
print(f"images by number of waits: {dict(sorted(by_waits.items()))}")
#> images by number of waits: {0: 5, 1: 5, 2: 5}
print(f"{len(waits)} ok, {len(failures)} failed: {sorted(failures)} in {elapsed:.0f} s")
#> 15 ok, 0 failed: [] in 2 s
