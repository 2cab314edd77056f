import queue
import threading
import time

CONSUMERS = 3
STOP = None  # the sentinel: one per consumer tells it to leave its loop

jobs: queue.Queue[int | None] = queue.Queue(maxsize=5)  # put() waits when full
done: queue.Queue[int] = queue.Queue()  # results go back through a queue too


def resize_images() -> None:
    while True:
        job = jobs.get()  # blocks until an item arrives
        try:
            if job is STOP:
                return
            time.sleep(0.05)  # the work
            done.put(job)
        finally:
            jobs.task_done()  # one task_done() per get(), the sentinel included


consumers = [threading.Thread(target=resize_images) for _ in range(CONSUMERS)]
for consumer in consumers:
    consumer.start()
start = time.perf_counter()
for job in range(1, 13):  # the producer: here, the main thread
    jobs.put(job)
jobs.join()  # returns once every item put so far has been marked done
finished = sorted(done.get() for _ in range(done.qsize()))
print(f"{len(finished)} jobs in {time.perf_counter() - start:.1f} s: {finished}")
#> 12 jobs in 0.2 s: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

for _ in consumers:
    jobs.put(STOP)
for consumer in consumers:
    consumer.join()
running = sum(consumer.is_alive() for consumer in consumers)
print(f"consumers still running: {running}, items left in the queue: {jobs.qsize()}")
#> consumers still running: 0, items left in the queue: 0
