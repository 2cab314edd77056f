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
REQUESTS = 160


def fetch_status(item: int) -> int:
    try:
        with OPENER.open(f"{BASE_URL}/api/items/{item}", timeout=5) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code  # 429 Too Many Requests: over the server's rate limit


def fetch_all(workers: int) -> tuple[float, list[int]]:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        statuses = list(pool.map(fetch_status, range(1, REQUESTS + 1)))
    return time.perf_counter() - start, sorted(set(statuses))


elapsed, statuses = fetch_all(workers=8)
print(f"{REQUESTS} requests on 8 workers: {elapsed:.1f} s, statuses {statuses}")
#> 160 requests on 8 workers: 2.1 s, statuses [200]
elapsed, statuses = fetch_all(workers=64)
print(f"{REQUESTS} requests on 64 workers: statuses {statuses}")
#> 160 requests on 64 workers: statuses [200, 429]
