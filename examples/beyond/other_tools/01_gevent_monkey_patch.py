from gevent import monkey

monkey.patch_all()  # first, before any other import: time and threading change

import threading  # noqa: E402
import time  # noqa: E402

JOBS = 5
os_threads: set[int] = set()  # operating-system thread ids seen by the jobs


def wait_for_reply() -> None:
    os_threads.add(threading.get_native_id())
    time.sleep(0.2)  # blocks a thread; patched, it switches to another greenlet


print(f"time patched: {monkey.is_module_patched('time')}")
#> time patched: True

# Plain threading code, as in the threads chapters: not one gevent call below.
start = time.perf_counter()
threads = [threading.Thread(target=wait_for_reply) for _ in range(JOBS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.perf_counter() - start
print(f"{JOBS} sleeps of 0.2 s on {JOBS} 'threads': {elapsed:.1f} s")
#> 5 sleeps of 0.2 s on 5 'threads': 0.2 s
print(f"operating-system threads they ran on: {len(os_threads)}")
#> operating-system threads they ran on: 1
