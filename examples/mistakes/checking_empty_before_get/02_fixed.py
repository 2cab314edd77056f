import queue
import threading
import time

jobs: queue.Queue[str] = queue.Queue()
jobs.put("invoice 1")  # the last job
both_ready = threading.Barrier(2)  # the same timing as the broken version
outcomes: list[str] = []


def consume() -> None:
    both_ready.wait()
    start = time.perf_counter()
    try:
        job = jobs.get_nowait()  # one step: take a job, or learn there is none
        outcomes.append(f"got {job}")
    except queue.Empty:
        waited = time.perf_counter() - start
        outcomes.append(f"waited {waited:.1f} s, got queue.Empty: nothing to do")


consumers = [threading.Thread(target=consume) for _ in range(2)]
for consumer in consumers:
    consumer.start()
for consumer in consumers:
    consumer.join()
print(*sorted(outcomes), sep="\n")
#> got invoice 1
#> waited 0.0 s, got queue.Empty: nothing to do
