import os
import time
from concurrent.futures import ProcessPoolExecutor

# os.process_cpu_count() (3.13+) counts the CPUs this process may use;
# os.cpu_count() counts the CPUs in the machine.
usable_cpus = getattr(os, "process_cpu_count", os.cpu_count)


def worker_pid(job: int) -> int:
    time.sleep(0.2)  # keeps this worker busy, so the next job goes to another
    return os.getpid()


def main() -> None:
    print(f"usable CPUs <= CPUs in the machine: {usable_cpus() <= os.cpu_count()}")
    #> usable CPUs <= CPUs in the machine: True
    with ProcessPoolExecutor() as pool:  # no max_workers given
        pids = set(pool.map(worker_pid, range(2 * usable_cpus())))
    print(f"workers of a default pool == usable CPUs: {len(pids) == usable_cpus()}")
    #> workers of a default pool == usable CPUs: True


if __name__ == "__main__":
    main()
