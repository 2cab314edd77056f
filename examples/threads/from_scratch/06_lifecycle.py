import threading

waiting = threading.Event()  # set by the worker just before it blocks
release = threading.Event()  # set by the main thread to let it go on


def worker() -> None:
    waiting.set()
    release.wait()  # blocked: like a sleep or a recv(), it waits without running


thread = threading.Thread(target=worker, name="worker")
print(f"new: alive={thread.is_alive()}")
#> new: alive=False

thread.start()  # returns once the new thread has begun
print(f"started: alive={thread.is_alive()}")
#> started: alive=True

waiting.wait()
print(f"blocked in release.wait(): alive={thread.is_alive()}")
#> blocked in release.wait(): alive=True

release.set()
thread.join()
print(f"finished: alive={thread.is_alive()}")
#> finished: alive=False

try:
    thread.start()
except RuntimeError as error:
    print(f"start() again: RuntimeError: {error}")
    #> start() again: RuntimeError: threads can only be started once
