import threading
import time

settings_loaded = threading.Event()
settings: dict[str, str] = {}
handled: list[str] = []


def load_settings() -> None:
    time.sleep(0.2)  # reading a configuration file, say
    settings["mode"] = "fast"
    settings_loaded.set()  # wakes every thread waiting on the event


def handle_request(number: int) -> None:
    settings_loaded.wait()  # blocked until set(), without using a core
    handled.append(f"request {number} saw mode={settings['mode']}")


print(f"before loading, wait(timeout=0.1) returns {settings_loaded.wait(0.1)}")
#> before loading, wait(timeout=0.1) returns False

start = time.perf_counter()
threads = [threading.Thread(target=handle_request, args=(n,)) for n in (1, 2, 3)]
threads.append(threading.Thread(target=load_settings))
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"all requests handled after {time.perf_counter() - start:.1f} s")
#> all requests handled after 0.2 s
for line in sorted(handled):
    print(line)
    #> request 1 saw mode=fast
    #> request 2 saw mode=fast
    #> request 3 saw mode=fast
