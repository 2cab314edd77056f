import threading
import time

locks = {"alice": threading.Lock(), "bob": threading.Lock()}
in_step = threading.Barrier(2)  # makes the bad timing certain instead of likely
outcomes: dict[str, str] = {}


def transfer(source: str, target: str) -> None:
    with locks[source]:  # the first lock
        in_step.wait()  # now each thread holds the lock the other wants next
        # Without a timeout this would wait forever and the program would hang.
        got_second = locks[target].acquire(timeout=0.5)
        in_step.wait()  # both have tried before either lets go of its first lock
        if got_second:
            locks[target].release()
    outcomes[f"{source} -> {target}"] = f"got {target}'s lock: {got_second}"


threads = [
    threading.Thread(target=transfer, args=("alice", "bob")),
    threading.Thread(target=transfer, args=("bob", "alice")),  # opposite order
]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name in sorted(outcomes):
    print(f"{name}: {outcomes[name]}")
    #> alice -> bob: got bob's lock: False
    #> bob -> alice: got alice's lock: False
print(f"both gave up after {time.perf_counter() - start:.1f} s")
#> both gave up after 0.5 s
