import os
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
OPENER = urllib.request.build_opener()  # built once, shared by the threads
ITEMS = range(1, 13)
DEADLINE = 0.75  # seconds for the whole batch


def fetch_item(number: int) -> bytes:
    # ?delay=0.3: the demo server answers after 0.3 s, a slow request
    url = f"{BASE_URL}/api/items/{number}?delay=0.3"
    with OPENER.open(url, timeout=5) as reply:  # per request: still needed
        return reply.read()


def main() -> None:
    start = time.perf_counter()
    pool = ThreadPoolExecutor(max_workers=3)
    futures = {pool.submit(fetch_item, number): number for number in ITEMS}
    done, not_done = wait(futures, timeout=DEADLINE)  # returns at the deadline
    pool.shutdown(wait=False, cancel_futures=True)  # drop what has not started
    at_deadline = time.perf_counter() - start

    results = {futures[future]: future.result() for future in done}
    cancelled = sorted(futures[future] for future in not_done if future.cancelled())
    running = sorted(futures[future] for future in not_done if not future.cancelled())
    print(f"deadline after {at_deadline:.2f} s")
    #> deadline after 0.76 s
    print("done:", sorted(results))
    #> done: [1, 2, 3, 4, 5, 6]
    print("still running:", running)
    #> still running: [7, 8, 9]
    print("cancelled before they started:", cancelled)
    #> cancelled before they started: [10, 11, 12]

    pool.shutdown(wait=True)  # a running thread cannot be stopped: wait for it
    print(f"the running ones ended after {time.perf_counter() - start:.2f} s")
    #> the running ones ended after 0.92 s
    print("caller held no longer than the deadline:", at_deadline < DEADLINE + 0.1)
    #> caller held no longer than the deadline: True


if __name__ == "__main__":
    main()
