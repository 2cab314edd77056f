import threading
import time

WORKERS = {"fast": 0.1, "medium": 0.2, "slow": 0.3}  # seconds of work per phase
PHASES = ("download", "resize", "upload")
phase_done = threading.Barrier(len(WORKERS))
finished_at: dict[tuple[str, str], float] = {}  # (worker, phase) -> seconds


def work(name: str, seconds: float, start: float) -> None:
    for phase in PHASES:
        time.sleep(seconds)
        finished_at[name, phase] = time.perf_counter() - start
        phase_done.wait()  # nobody starts the next phase before all finish this one


start = time.perf_counter()
threads = [
    threading.Thread(target=work, args=(name, seconds, start))
    for name, seconds in WORKERS.items()
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

for phase in PHASES:
    times = ", ".join(f"{name} {finished_at[name, phase]:.1f} s" for name in WORKERS)
    print(f"{phase} finished: {times}")
    #> download finished: fast 0.1 s, medium 0.2 s, slow 0.3 s
    #> resize finished: fast 0.4 s, medium 0.5 s, slow 0.6 s
    #> upload finished: fast 0.7 s, medium 0.8 s, slow 0.9 s
