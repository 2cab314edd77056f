import queue
import threading

orders: queue.Queue[str] = queue.Queue()
handled: list[str] = []


def handle_orders() -> None:
    while not orders.empty():  # the mistake: "empty now" taken for "no more work"
        handled.append(orders.get())


orders.put("order 1")
consumer = threading.Thread(target=handle_orders)
consumer.start()
consumer.join()  # forces the timing: the producer is still busy with orders 2 and 3
for number in (2, 3):  # the producer: here, the main thread
    orders.put(f"order {number}")

print(f"handled: {handled}")
#> handled: ['order 1']
print(f"consumer running: {consumer.is_alive()}, never handled: {orders.qsize()}")
#> consumer running: False, never handled: 2
