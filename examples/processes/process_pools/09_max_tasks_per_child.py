import os
from concurrent.futures import ProcessPoolExecutor


def job_pid(job: int) -> int:
    return os.getpid()  # which worker process ran the job


def workers_used(**options: int) -> int:
    with ProcessPoolExecutor(max_workers=1, **options) as pool:
        # One job at a time: a queue of waiting jobs hangs this pool on 3.12 and
        # early 3.13 releases once a worker retires (gh-115634).
        pids = {pool.submit(job_pid, job).result() for job in range(6)}
    return len(pids)


def main() -> None:
    print(f"6 jobs, 1 worker:                        {workers_used()} process")
    #> 6 jobs, 1 worker:                        1 process
    # Python 3.11+: each worker exits after 2 jobs and a fresh one replaces it.
    fresh = workers_used(max_tasks_per_child=2)
    print(f"6 jobs, 1 worker, max_tasks_per_child=2: {fresh} processes")
    #> 6 jobs, 1 worker, max_tasks_per_child=2: 3 processes


if __name__ == "__main__":
    main()
