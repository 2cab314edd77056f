import os
import threading
import time
import warnings

cache_lock = threading.Lock()


def refresh_cache() -> None:
    with cache_lock:  # held for 0.5 s by this thread
        time.sleep(0.5)


def main() -> None:
    refresher = threading.Thread(target=refresh_cache)
    refresher.start()
    time.sleep(0.1)  # the fork happens while the lock is held
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # hidden by default: see below
        pid = os.fork()
    if pid == 0:  # the child: a copy of the lock, still held, and no refresher
        got_it = cache_lock.acquire(timeout=1.0)  # without a timeout: forever
        os._exit(0 if got_it else 1)
    refresher.join()
    _, status = os.waitpid(pid, 0)
    print(f"parent took the lock: {cache_lock.acquire(timeout=1.0)}")
    #> parent took the lock: True
    print(f"child took the lock in 1 s: {os.waitstatus_to_exitcode(status) == 0}")
    #> child took the lock in 1 s: False
    print(f"os.fork() warned: {[warning.category.__name__ for warning in caught]}")
    #> os.fork() warned: ['DeprecationWarning']
    message = str(caught[0].message).replace(f" (pid={os.getpid()})", "")
    print(message.replace(", ", ",\n"))
    #> This process is multi-threaded,
    #> use of fork() may lead to deadlocks in the child.


if __name__ == "__main__":
    main()
