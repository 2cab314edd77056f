import threading
import time

BATCH_SIZE = 3
pending: list[str] = []
changed = threading.Condition()  # a lock plus a way to wait until pending changes
batches: list[list[str]] = []


def produce(count: int) -> None:
    for number in range(1, count + 1):
        time.sleep(0.02)  # an order arrives
        with changed:
            pending.append(f"order-{number}")
            changed.notify()  # wake the waiting consumer to re-check


def consume(batch_count: int) -> None:
    for _ in range(batch_count):
        with changed:
            # Releases the lock while waiting, and re-checks after every notify().
            changed.wait_for(lambda: len(pending) >= BATCH_SIZE)
            batches.append(pending[:BATCH_SIZE])
            del pending[:BATCH_SIZE]


consumer = threading.Thread(target=consume, args=(2,))
producer = threading.Thread(target=produce, args=(7,))
consumer.start()
producer.start()
producer.join()
consumer.join()
for batch in batches:
    print(f"batch: {batch}")
    #> batch: ['order-1', 'order-2', 'order-3']
    #> batch: ['order-4', 'order-5', 'order-6']
print(f"left waiting: {pending}")
#> left waiting: ['order-7']
with changed:  # no producer left: a third batch never fills
    filled = changed.wait_for(lambda: len(pending) >= BATCH_SIZE, timeout=0.1)
print(f"third batch filled within 0.1 s: {filled}")
#> third batch filled within 0.1 s: False
