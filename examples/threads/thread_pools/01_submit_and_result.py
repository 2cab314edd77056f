import time
from concurrent.futures import ThreadPoolExecutor


def wait_for_reply(seconds: float) -> str:
    time.sleep(seconds)  # stands in for a slow server
    return f"reply after {seconds} s"


with ThreadPoolExecutor(max_workers=3) as pool:
    start = time.perf_counter()
    future = pool.submit(wait_for_reply, 0.5)  # returns at once, with a Future
    elapsed = time.perf_counter() - start
    print(f"submit() returned after {elapsed:.1f} s, done: {future.done()}")
    #> submit() returned after 0.0 s, done: False

    reply = future.result()  # blocks until the job has finished
    elapsed = time.perf_counter() - start
    print(f"result() returned {reply!r} after {elapsed:.1f} s")
    #> result() returned 'reply after 0.5 s' after 0.5 s

    start = time.perf_counter()
    futures = [pool.submit(wait_for_reply, 0.5) for _ in range(3)]
    replies = [future.result() for future in futures]  # submit all, then collect
    elapsed = time.perf_counter() - start
    print(f"three jobs on three workers: {len(replies)} replies in {elapsed:.1f} s")
    #> three jobs on three workers: 3 replies in 0.5 s
