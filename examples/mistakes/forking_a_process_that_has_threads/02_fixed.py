import multiprocessing
import sys
import threading
import time
import warnings

cache_lock = threading.Lock()


def refresh_cache() -> None:
    with cache_lock:  # held for 0.5 s by this thread
        time.sleep(0.5)


def use_cache() -> None:  # runs in the child, which has its own, fresh lock
    sys.exit(0 if cache_lock.acquire(timeout=1.0) else 1)


def main() -> None:
    refresher = threading.Thread(target=refresh_cache)
    refresher.start()
    time.sleep(0.1)  # the child starts while the lock is held, as before
    spawn = multiprocessing.get_context("spawn")  # a new interpreter, not a copy
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        child = spawn.Process(target=use_cache)
        child.start()
    child.join()
    refresher.join()
    print(f"child took the lock in 1 s: {child.exitcode == 0}")
    #> child took the lock in 1 s: True
    print(f"warnings: {[warning.category.__name__ for warning in caught]}")
    #> warnings: []


if __name__ == "__main__":
    main()
