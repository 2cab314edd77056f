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


def fetch_status(item: int) -> int:
    try:
        with OPENER.open(f"{BASE_URL}/api/items/{item}", timeout=5) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code  # 429 Too Many Requests: over the server's rate limit


def fetch_all(requests: int, workers: int) -> tuple[float, list[int]]:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        statuses = list(pool.map(fetch_status, range(1, requests + 1)))
    return time.perf_counter() - start, sorted(set(statuses))


# Too few: the requests wait for each other, one at a time.
elapsed, statuses = fetch_all(requests=16, workers=1)
print(f"16 requests on 1 worker: {elapsed:.1f} s, statuses {statuses}")
#> 16 requests on 1 worker: 1.6 s, statuses [200]

# Too many: more requests per second than the server accepts.
elapsed, statuses = fetch_all(requests=160, workers=64)
print(f"160 requests on 64 workers: statuses {statuses}")
#> 160 requests on 64 workers: statuses [200, 429]
