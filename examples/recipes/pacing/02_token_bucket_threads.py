import os
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

# Start the server with: python -m overlap.server --rate-limit 20
BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
OPENER = urllib.request.build_opener()  # built once, shared by the threads
REQUESTS = 40
RATE = 20  # requests per second: the server's limit


class TokenBucket:
    """Up to `burst` calls at once, then `rate` per second; thread-safe."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.updated = float(burst), time.monotonic()
        self.lock = threading.Lock()

    def take(self) -> None:
        while True:
            with self.lock:
                now = time.monotonic()
                elapsed, self.updated = now - self.updated, now
                self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                wait = (1 - self.tokens) / self.rate
            time.sleep(wait)  # outside the lock: other threads may check meanwhile


BUCKET = TokenBucket(rate=RATE, burst=2)  # one bucket for every thread


def fetch_status(number: int) -> int:
    BUCKET.take()  # waits here until a token is free
    try:
        with OPENER.open(f"{BASE_URL}/api/items/{number}", timeout=5) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def main() -> None:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(fetch_status, range(1, REQUESTS + 1)))
    elapsed = time.perf_counter() - start
    counts = Counter(statuses)
    print(f"{REQUESTS} requests at {RATE} per second: {elapsed:.1f} s")
    #> 40 requests at 20 per second: 2.0 s
    print(f"200 OK: {counts[200]}, 429 Too Many Requests: {counts[429]}")
    #> 200 OK: 40, 429 Too Many Requests: 0
    throughput = counts[200] / elapsed / RATE  # answered requests only
    print(f"throughput: {throughput:.0%} of the limit")
    #> throughput: 100% of the limit
    print("within 5% of the limit:", abs(throughput - 1) <= 0.05)
    #> within 5% of the limit: True


if __name__ == "__main__":
    main()
