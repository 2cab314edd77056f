import threading
import time


def wait_for_reply(name: str, seconds: float, *, finished: list[str]) -> None:
    time.sleep(seconds)  # stands in for a slow server: the thread only waits
    finished.append(name)


finished: list[str] = []
start = time.perf_counter()
wait_for_reply("first", 1.0, finished=finished)
wait_for_reply("second", 1.0, finished=finished)
print(f"one after the other: {time.perf_counter() - start:.1f} s")
#> one after the other: 2.0 s

finished.clear()
first = threading.Thread(
    target=wait_for_reply, args=("first", 1.0), kwargs={"finished": finished}
)
second = threading.Thread(
    target=wait_for_reply, args=("second", 1.0), kwargs={"finished": finished}
)
start = time.perf_counter()
first.start()  # returns at once: the wait goes on in the new thread
second.start()
first.join()  # blocks until that thread has finished
second.join()
print(f"two threads: {time.perf_counter() - start:.1f} s, finished {sorted(finished)}")
#> two threads: 1.0 s, finished ['first', 'second']
