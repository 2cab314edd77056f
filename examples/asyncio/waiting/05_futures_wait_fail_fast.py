import concurrent.futures
import threading
import time


def convert(number: int, stop: threading.Event) -> str:
    if number == 0:
        time.sleep(0.1)
        raise ValueError("file 0 is corrupt")
    if stop.wait(timeout=0.3):  # 0.3 s of work that gives up when asked to stop
        return "stopped"
    return "converted"


def convert_all(return_when: str) -> tuple[str, bool]:
    stop = threading.Event()
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(convert, number, stop) for number in range(6)]
        _, not_done = concurrent.futures.wait(futures, return_when=return_when)
        seen_at = time.perf_counter() - start
        running_cancelled = futures[1].cancel()  # job 1 has started: too late
        for future in not_done:
            future.cancel()  # drops the jobs still queued; running ones go on
        stop.set()  # so the running ones are asked to stop, too
    finished = [f for f in futures if not f.cancelled() and f.exception() is None]
    converted = sum(future.result() == "converted" for future in finished)
    took = time.perf_counter() - start
    summary = f"error after {seen_at:.1f} s, {converted} of 6 converted, {took:.1f} s"
    return summary, running_cancelled


if __name__ == "__main__":
    for return_when in (
        concurrent.futures.ALL_COMPLETED,
        concurrent.futures.FIRST_EXCEPTION,
    ):
        summary, running_cancelled = convert_all(return_when)
        print(f"{return_when}: {summary}")
        #> ALL_COMPLETED: error after 0.9 s, 5 of 6 converted, 0.9 s
        #> FIRST_EXCEPTION: error after 0.1 s, 0 of 6 converted, 0.1 s
    print(f"cancel() on the job still running: {running_cancelled}")
    #> cancel() on the job still running: False
