import sys
import threading

THREADS = 4
INCREMENTS = 500_000  # per thread
counter = 0


def step() -> int:
    return 1


def add_plainly() -> None:
    global counter
    for _ in range(INCREMENTS):
        counter += 1  # load, add, store: no point between them to switch threads


def add_through_a_call() -> None:
    global counter
    for _ in range(INCREMENTS):
        counter += step()  # load, *call*, add, store: a switch can come in the call


def run(work) -> int:
    global counter
    counter = 0
    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counter


def main() -> None:
    sys.setswitchinterval(1e-6)  # ask for a switch as often as possible
    expected = THREADS * INCREMENTS
    print(f"counter += 1:      exact total: {run(add_plainly) == expected}")
    #> counter += 1:      exact total: True
    print(f"counter += step(): exact total: {run(add_through_a_call) == expected}")
    #> counter += step(): exact total: False


if __name__ == "__main__":
    main()
