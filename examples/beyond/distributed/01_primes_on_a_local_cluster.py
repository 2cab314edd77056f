import time

from dask.distributed import Client, LocalCluster

LIMITS = [20_000, 30_000, 40_000, 50_000]


def count_primes(limit: int) -> int:
    """The CPU-bound job: count the primes below `limit` by trial division."""
    return sum(
        all(number % divisor for divisor in range(2, int(number**0.5) + 1))
        for number in range(2, limit)
    )


def main() -> None:
    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2,  # two worker processes, one per core here
            threads_per_worker=1,
            processes=True,  # Python loops need processes: one GIL each
            host="127.0.0.1",  # scheduler and workers listen on loopback only
            dashboard_address="127.0.0.1:0",  # any free port, loopback only
        ) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter()
        futures = client.map(count_primes, LIMITS)  # returns at once: futures
        counts = client.gather(futures)  # waits; re-raises a job's exception
        done = time.perf_counter()
    print(f"primes below {LIMITS}: {counts}")
    #> primes below [20000, 30000, 40000, 50000]: [2262, 3245, 4203, 5133]
    start_up, jobs = started - start, done - started
    print(f"starting the cluster took longer than the jobs: {start_up > jobs}")
    #> starting the cluster took longer than the jobs: True


if __name__ == "__main__":
    main()
