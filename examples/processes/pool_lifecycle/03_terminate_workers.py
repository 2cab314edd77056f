import sys
import time
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, wait


def render_video(seconds: float) -> str:
    time.sleep(seconds)  # stands in for a long computation
    return "rendered"


def outcome(future: Future) -> str:
    try:
        error = future.exception()  # waits until the future is settled
    except CancelledError:
        return "cancelled"
    return type(error).__name__ if error else future.result()


def main() -> None:
    if sys.version_info < (3, 14):
        print("terminate_workers() is new in Python 3.14: not in this Python")
        #> [3.12-3.13] terminate_workers() is new in Python 3.14: not in this Python
        return
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(render_video, 10.0) for _ in range(4)]
        wait(futures, timeout=0.5)  # we gave up waiting after 0.5 s
        pool.terminate_workers()  # SIGTERM to each worker; kill_workers(): SIGKILL
        outcomes = [outcome(future) for future in futures]
    print(f"the two that were running: {outcomes[:2]}")
    #> [3.14+] the two that were running: ['BrokenProcessPool', 'BrokenProcessPool']
    print(f"rendered: {outcomes.count('rendered')} of {len(outcomes)}")
    #> [3.14+] rendered: 0 of 4
    elapsed = time.perf_counter() - start
    print(f"done long before the 10 s jobs would end: {elapsed < 5}")
    #> [3.14+] done long before the 10 s jobs would end: True


if __name__ == "__main__":
    main()
