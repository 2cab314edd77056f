import queue
import sys
import threading


def main() -> None:
    if sys.version_info < (3, 13):
        print("Queue.shutdown() is new in Python 3.13: use a sentinel per consumer")
        #> [3.12] Queue.shutdown() is new in Python 3.13: use a sentinel per consumer
        return
    orders: queue.Queue[str] = queue.Queue()
    handled: list[str] = []
    first_handled = threading.Event()

    def handle_orders() -> None:
        while True:
            try:
                order = orders.get()  # after shutdown(): the rest, then ShutDown
            except queue.ShutDown:
                return
            handled.append(order)
            first_handled.set()

    consumers = [threading.Thread(target=handle_orders) for _ in range(2)]
    for consumer in consumers:
        consumer.start()
    orders.put("order 1")
    first_handled.wait()  # the same timing: the queue is empty, the producer still busy
    for number in (2, 3):
        orders.put(f"order {number}")
    orders.shutdown()  # no more orders: wakes every consumer waiting in get()
    for consumer in consumers:
        consumer.join()

    print(f"handled: {sorted(handled)}")
    #> [3.13+] handled: ['order 1', 'order 2', 'order 3']
    running = sum(consumer.is_alive() for consumer in consumers)
    print(f"consumers running: {running}, never handled: {orders.qsize()}")
    #> [3.13+] consumers running: 0, never handled: 0


if __name__ == "__main__":
    main()
