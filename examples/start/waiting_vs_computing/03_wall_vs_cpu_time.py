import time
from collections.abc import Callable


def wait_for_reply() -> None:
    time.sleep(0.5)  # the CPU has nothing to do until the reply arrives


def sum_of_squares() -> int:
    total = 0
    for number in range(6_000_000):
        total += number * number
    return total


def cpu_busy_share(job: Callable[[], object]) -> float:
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    job()
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    return cpu / wall


for job in (wait_for_reply, sum_of_squares):
    busy = round(cpu_busy_share(job), 1)  # to the nearest 10%: enough for a verdict
    verdict = "computing" if busy > 0.5 else "waiting"
    print(f"{job.__name__}: CPU busy {busy:.0%} of the time -> {verdict}")
    #> wait_for_reply: CPU busy 0% of the time -> waiting
    #> sum_of_squares: CPU busy 100% of the time -> computing
