import os
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

# Start the server with: python -m overlap.server --rate-limit 100
BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
# Built once and shared: first calls to urlopen() made at the same time would
# each build their own, which is slow.
OPENER = urllib.request.build_opener()
# Chosen once, by measurement: each request takes about 0.1 s, and the server
# accepts 100 requests per second, so at most 10 may be in flight at a time.
WORKERS = 8


def fetch_status(item: int) -> int:
    try:
        with OPENER.open(f"{BASE_URL}/api/items/{item}", timeout=5) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code  # 429 Too Many Requests: over the server's rate limit


def fetch_all(requests: int) -> tuple[float, list[int]]:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        statuses = list(pool.map(fetch_status, range(1, requests + 1)))
    return time.perf_counter() - start, sorted(set(statuses))


elapsed, statuses = fetch_all(requests=16)
print(f"16 requests on {WORKERS} workers: {elapsed:.1f} s, statuses {statuses}")
#> 16 requests on 8 workers: 0.2 s, statuses [200]

elapsed, statuses = fetch_all(requests=160)
print(f"160 requests on {WORKERS} workers: {elapsed:.1f} s, statuses {statuses}")
#> 160 requests on 8 workers: 2.1 s, statuses [200]
