import os
from contextlib import ExitStack

from dask.distributed import Client, LocalCluster, wait

LIMITS = [20_000, 30_000, 40_000, 50_000]


def count_primes(limit: int) -> int:
    return sum(
        all(number % divisor for divisor in range(2, int(number**0.5) + 1))
        for number in range(2, limit)
    )


def connect(stack: ExitStack) -> Client:
    """A client for the cluster named in the environment, or for a local one."""
    address = os.environ.get("DASK_SCHEDULER_ADDRESS")  # e.g. tcp://10.0.0.5:8786
    if address is None:
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
            )
        )
        address = cluster.scheduler_address  # tcp://127.0.0.1:<some port>
    # From here on, the same code for a laptop and for a cluster of 100 machines.
    return stack.enter_context(Client(address, timeout="10s"))  # to connect


def main() -> None:
    with ExitStack() as stack:
        client = connect(stack)
        workers = client.scheduler_info()["workers"]
        print(f"connected by address to a scheduler with {len(workers)} workers")
        #> connected by address to a scheduler with 2 workers
        futures = client.map(count_primes, LIMITS)
        wait(futures, timeout=60)  # raises TimeoutError rather than hang
        print(f"primes: {client.gather(futures)}")
        #> primes: [2262, 3245, 4203, 5133]


if __name__ == "__main__":
    main()
