import threading
import time

locks = {"alice": threading.Lock(), "bob": threading.Lock()}
start_together = threading.Barrier(2)
outcomes: dict[str, str] = {}


def transfer(source: str, target: str) -> None:
    # The cure: every thread takes the two locks in one order (sorted by name),
    # whatever the direction of the transfer.
    first, second = sorted((source, target))
    start_together.wait()
    with locks[first]:
        time.sleep(0.05)  # ample time for the other thread to take its first lock
        got_second = locks[second].acquire(timeout=0.5)
        if got_second:
            locks[second].release()
    outcomes[f"{source} -> {target}"] = f"got both locks: {got_second}"


threads = [
    threading.Thread(target=transfer, args=("alice", "bob")),
    threading.Thread(target=transfer, args=("bob", "alice")),  # opposite direction
]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name in sorted(outcomes):
    print(f"{name}: {outcomes[name]}")
    #> alice -> bob: got both locks: True
    #> bob -> alice: got both locks: True
print(f"both done after {time.perf_counter() - start:.1f} s")
#> both done after 0.1 s
