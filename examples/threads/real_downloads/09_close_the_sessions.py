import gc
import os
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
thread_data = threading.local()
created: list[requests.Session] = []  # every Session made, to close them all
created_lock = threading.Lock()
alive: weakref.WeakSet[requests.Session] = weakref.WeakSet()  # not yet freed


def get_session() -> requests.Session:
    if not hasattr(thread_data, "session"):
        thread_data.session = requests.Session()
        alive.add(thread_data.session)
        with created_lock:
            created.append(thread_data.session)
    return thread_data.session


def fetch_image(number: int) -> int:
    url = f"{BASE_URL}/images/{number}.png?delay=0.1"
    return len(get_session().get(url, timeout=5).content)


def close_sessions() -> int:
    with created_lock:
        for session in created:
            session.close()  # closes its kept-alive connections, now
        closed = len(created)
        created.clear()
    return closed


def main() -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(fetch_image, range(1, 9)))
        print(f"batch done, pool still open: {len(alive)} sessions alive")
        #> batch done, pool still open: 4 sessions alive
        print(f"closed: {close_sessions()}")
        #> closed: 4
    gc.collect()
    print(f"pool shut down: {len(alive)} sessions alive")
    #> pool shut down: 0 sessions alive


if __name__ == "__main__":
    main()
