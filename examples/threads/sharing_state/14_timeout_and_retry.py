import threading
import time

locks = {"alice": threading.Lock(), "bob": threading.Lock()}
in_step = threading.Barrier(2)
outcomes: dict[str, str] = {}


def transfer(source: str, target: str, patience: float) -> None:
    for attempt in range(1, 4):
        with locks[source]:
            if attempt == 1:
                in_step.wait()  # as in the deadlock: each holds what the other wants
            if locks[target].acquire(timeout=patience):
                locks[target].release()  # (the transfer itself would go here)
                outcomes[f"{source} -> {target}"] = f"done on attempt {attempt}"
                return
        # Leaving the `with` gave up the first lock, so the other thread can finish.
        time.sleep(0.1)  # back off before trying again
    outcomes[f"{source} -> {target}"] = "gave up"


# Different patience, so the two do not give up and retry in lockstep.
threads = [
    threading.Thread(target=transfer, args=("alice", "bob", 0.1)),
    threading.Thread(target=transfer, args=("bob", "alice", 0.3)),
]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name in sorted(outcomes):
    print(f"{name}: {outcomes[name]}")
    #> alice -> bob: done on attempt 2
    #> bob -> alice: done on attempt 1
print(f"both done after {time.perf_counter() - start:.1f} s")
#> both done after 0.2 s
