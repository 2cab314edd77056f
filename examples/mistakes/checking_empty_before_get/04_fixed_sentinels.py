import queue
import threading

CONSUMERS = 2
STOP = None  # the sentinel: one per consumer, put after the last order

orders: queue.Queue[str | None] = queue.Queue()
handled: list[str] = []
first_handled = threading.Event()


def handle_orders() -> None:
    while (order := orders.get()) is not STOP:  # waits while the queue is empty
        handled.append(order)
        first_handled.set()


consumers = [threading.Thread(target=handle_orders) for _ in range(CONSUMERS)]
for consumer in consumers:
    consumer.start()
orders.put("order 1")
first_handled.wait()  # the same timing: the queue is empty, the producer still busy
for number in (2, 3):
    orders.put(f"order {number}")
for _ in consumers:  # only now is the work done: say so, once per consumer
    orders.put(STOP)
for consumer in consumers:
    consumer.join()

print(f"handled: {sorted(handled)}")
#> handled: ['order 1', 'order 2', 'order 3']
running = sum(consumer.is_alive() for consumer in consumers)
print(f"consumers running: {running}, never handled: {orders.qsize()}")
#> consumers running: 0, never handled: 0
