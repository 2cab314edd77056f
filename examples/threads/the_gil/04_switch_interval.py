import statistics
import sys
import threading
import time

SLEEP = 0.001  # each wait should last 1 ms


def keep_computing(stop: threading.Event) -> None:
    while not stop.is_set():  # pure Python: wants the GIL all the time
        pass


def wake_up_delay(computing: bool) -> float:
    """How much longer than SLEEP a 1 ms sleep takes, in ms (median of 50)."""
    stop = threading.Event()
    worker = threading.Thread(target=keep_computing, args=(stop,))
    if computing:
        worker.start()
    delays = []
    for _ in range(50):
        start = time.perf_counter()
        time.sleep(SLEEP)  # releases the GIL; must get it back to go on
        delays.append(time.perf_counter() - start - SLEEP)
    stop.set()
    if computing:
        worker.join()
    return statistics.median(delays) * 1000


print(f"switch interval: {sys.getswitchinterval() * 1000:.1f} ms")
#> switch interval: 5.0 ms
print(f"extra wait, alone: {wake_up_delay(computing=False):.1f} ms")
#> extra wait, alone: 0.1 ms
print(f"extra wait, beside a computing thread: {wake_up_delay(computing=True):.1f} ms")
#> extra wait, beside a computing thread: 5.2 ms

default = sys.getswitchinterval()
sys.setswitchinterval(0.001)  # ask a thread holding the GIL to let go sooner
try:
    print(f"switch interval: {sys.getswitchinterval() * 1000:.1f} ms")
    #> switch interval: 1.0 ms
    delay = wake_up_delay(computing=True)
    print(f"extra wait, beside a computing thread: {delay:.1f} ms")
    #> extra wait, beside a computing thread: 1.2 ms
finally:
    sys.setswitchinterval(default)  # the setting is process-wide: put it back
