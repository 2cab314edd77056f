import queue
import threading
import time

jobs: queue.Queue[str] = queue.Queue()
jobs.put("invoice 1")  # the last job
both_checked = threading.Barrier(2)  # forces the unlucky timing: both look, then get
outcomes: list[str] = []


def consume() -> None:
    if not jobs.empty():  # the mistake: true when asked, maybe false by the get()
        both_checked.wait()
        start = time.perf_counter()
        try:
            job = jobs.get(timeout=0.5)  # stands in for get(), which would wait forever
            outcomes.append(f"saw a job, got {job}")
        except queue.Empty:
            waited = time.perf_counter() - start
            outcomes.append(f"saw a job, waited {waited:.1f} s, got queue.Empty")


consumers = [threading.Thread(target=consume) for _ in range(2)]
for consumer in consumers:
    consumer.start()
for consumer in consumers:
    consumer.join()
print(*sorted(outcomes), sep="\n")  # the winner varies; the outcomes do not
#> saw a job, got invoice 1
#> saw a job, waited 0.5 s, got queue.Empty
