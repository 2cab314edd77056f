import time
from concurrent.futures import ThreadPoolExecutor, as_completed

DELAYS = {"slow": 0.3, "fast": 0.1, "medium": 0.2}  # submitted in this order


def fetch(name: str) -> str:
    time.sleep(DELAYS[name])
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    start = time.perf_counter()
    futures = [pool.submit(fetch, name) for name in DELAYS]
    arrivals = [
        f"{future.result()} at {time.perf_counter() - start:.1f} s"
        for future in as_completed(futures)  # whichever finishes next
    ]
    print(f"as_completed(): {', '.join(arrivals)}")
    #> as_completed(): fast at 0.1 s, medium at 0.2 s, slow at 0.3 s

    start = time.perf_counter()
    arrivals = [
        f"{name} at {time.perf_counter() - start:.1f} s"
        for name in pool.map(fetch, DELAYS)  # in the order of the inputs
    ]
    print(f"map():          {', '.join(arrivals)}")
    #> map():          slow at 0.3 s, fast at 0.3 s, medium at 0.3 s
