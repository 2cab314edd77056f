import time
from concurrent.futures import ThreadPoolExecutor

JOBS = 16
WAIT = 0.1  # seconds each job waits, like a request to a slow server


def wait_for_reply(job: int) -> int:
    time.sleep(WAIT)
    return job


def run_jobs(workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        replies = list(pool.map(wait_for_reply, range(JOBS)))
    assert len(replies) == JOBS
    return time.perf_counter() - start


for workers in (1, 2, 4, 8, 16, 32):
    print(f"{JOBS} jobs, max_workers={workers}: {run_jobs(workers):.1f} s")
    #> 16 jobs, max_workers=1: 1.6 s
    #> 16 jobs, max_workers=2: 0.8 s
    #> 16 jobs, max_workers=4: 0.4 s
    #> 16 jobs, max_workers=8: 0.2 s
    #> 16 jobs, max_workers=16: 0.1 s
    #> 16 jobs, max_workers=32: 0.1 s
