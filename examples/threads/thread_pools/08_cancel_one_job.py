import threading
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor


def convert_file(name: str, started: threading.Event) -> str:
    started.set()
    time.sleep(0.2)
    return f"{name} converted"


first_started = threading.Event()
with ThreadPoolExecutor(max_workers=1) as pool:  # one job runs, the other queues
    running = pool.submit(convert_file, "a.txt", first_started)
    queued = pool.submit(convert_file, "b.txt", threading.Event())
    first_started.wait()  # so the first job is surely running
    print(f"running job: cancel() returns {running.cancel()}")
    #> running job: cancel() returns False
    print(f"queued job:  cancel() returns {queued.cancel()}")
    #> queued job:  cancel() returns True

print(f"running job: cancelled() {running.cancelled()}, result {running.result()!r}")
#> running job: cancelled() False, result 'a.txt converted'
try:
    queued.result()
except CancelledError:
    print(f"queued job:  cancelled() {queued.cancelled()}, result(): CancelledError")
    #> queued job:  cancelled() True, result(): CancelledError
