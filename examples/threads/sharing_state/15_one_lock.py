import threading
import time

accounts_lock = threading.Lock()  # one lock for all the balances: no order to get wrong
balances = {"alice": 100, "bob": 100}
start_together = threading.Barrier(2)
outcomes: dict[str, str] = {}


def transfer(source: str, target: str, amount: int) -> None:
    start_together.wait()
    with accounts_lock:
        time.sleep(0.05)  # the same slow step as in the deadlock example
        balances[source] -= amount
        balances[target] += amount
    outcomes[f"{source} -> {target}"] = f"moved {amount}"


threads = [
    threading.Thread(target=transfer, args=("alice", "bob", 30)),
    threading.Thread(target=transfer, args=("bob", "alice", 10)),
]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name in sorted(outcomes):
    print(f"{name}: {outcomes[name]}")
    #> alice -> bob: moved 30
    #> bob -> alice: moved 10
print(f"balances {balances} after {time.perf_counter() - start:.1f} s")
#> balances {'alice': 80, 'bob': 120} after 0.1 s
