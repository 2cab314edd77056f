import os
import threading
import time
import urllib.request

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")


def download_items(stop: threading.Event, fetched: list[int]) -> None:
    for number in range(1, 101):
        if stop.is_set():  # checked between items: the only safe place to stop
            return
        url = f"{BASE_URL}/api/items/{number}?delay=0.2"
        with urllib.request.urlopen(url, timeout=5) as reply:
            reply.read()
        fetched.append(number)


def main() -> None:
    stop = threading.Event()
    fetched: list[int] = []
    worker = threading.Thread(target=download_items, args=(stop, fetched))
    worker.start()
    while len(fetched) < 2:  # let it fetch two items...
        time.sleep(0.01)
    time.sleep(0.1)  # ...and get halfway through the third
    asked = time.perf_counter()
    stop.set()  # a request, not an order: the worker decides when to look
    worker.join(timeout=5)  # never wait forever, even for a well-behaved thread
    waited = time.perf_counter() - asked
    print("worker stopped:", not worker.is_alive())
    #> worker stopped: True
    print(f"items fetched: {fetched}, the last one finished {waited:.1f} s later")
    #> items fetched: [1, 2, 3], the last one finished 0.1 s later


if __name__ == "__main__":
    main()
