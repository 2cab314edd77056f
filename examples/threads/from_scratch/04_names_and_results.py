import threading
import time


def fetch_page(page: int, results: dict[str, str]) -> None:
    time.sleep(0.1)  # a slow reply
    this_thread = threading.current_thread()
    in_main = this_thread is threading.main_thread()
    results[this_thread.name] = f"page {page}, in the main thread: {in_main}"


this_thread = threading.current_thread()
in_main = this_thread is threading.main_thread()
print(f"{this_thread.name}: in the main thread: {in_main}")
#> MainThread: in the main thread: True

results: dict[str, str] = {}  # each thread writes its own key
threads = [
    threading.Thread(target=fetch_page, args=(page, results), name=f"fetcher-{page}")
    for page in range(1, 4)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# Threads finish in any order: print from the main thread, in a fixed order.
for name in sorted(results):
    print(f"{name}: {results[name]}")
    #> fetcher-1: page 1, in the main thread: False
    #> fetcher-2: page 2, in the main thread: False
    #> fetcher-3: page 3, in the main thread: False
