import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def wait_for_reply(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=3) as pool:
    start = time.perf_counter()
    future = pool.submit(wait_for_reply, 0.5)
    try:
        future.result(timeout=0.1)
    except TimeoutError:
        elapsed = time.perf_counter() - start
        print(f"result(timeout=0.1): TimeoutError after {elapsed:.1f} s")
        #> result(timeout=0.1): TimeoutError after 0.1 s
        # Only the waiting stopped: the job itself goes on.
        print(f"the job is still running: {future.running()}")
        #> the job is still running: True

    futures = [pool.submit(wait_for_reply, seconds) for seconds in (0.1, 0.2, 0.6)]
    replies: list[float] = []
    try:
        for future in as_completed(futures, timeout=0.3):
            replies.append(future.result())
    except TimeoutError as error:
        print(f"as_completed(timeout=0.3): got {replies}")
        #> as_completed(timeout=0.3): got [0.1, 0.2]
        print(f"then TimeoutError: {error}")
        #> then TimeoutError: 1 (of 3) futures unfinished
