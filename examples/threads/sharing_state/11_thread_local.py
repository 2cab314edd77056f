import threading
import time

per_thread = threading.local()  # one object, a separate set of attributes per thread
seen: dict[str, str] = {}  # each thread writes its own key


def handle_request(user: str) -> None:
    before = getattr(per_thread, "user", None)  # the main thread's value is not here
    per_thread.user = user  # visible only to this thread
    time.sleep(0.1)  # meanwhile, the other threads set their own user
    seen[threading.current_thread().name] = (
        f"before: {before}, after: {per_thread.user}"
    )


per_thread.user = "main"
threads = [
    threading.Thread(target=handle_request, args=(user,), name=f"worker-{user}")
    for user in ("alice", "bob", "carol")
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

for name in sorted(seen):
    print(f"{name}: user {seen[name]}")
    #> worker-alice: user before: None, after: alice
    #> worker-bob: user before: None, after: bob
    #> worker-carol: user before: None, after: carol
print(f"MainThread: user {per_thread.user}")
#> MainThread: user main
