import random

from dask.distributed import Client, Future, LocalCluster


def roll_die(_: int) -> int:  # not pure: a new answer every call
    return random.randint(1, 1_000_000)


def keys_and_answers(client: Client, futures: list[Future]) -> str:
    keys = {future.key for future in futures}
    return f"{len(keys)} key(s), {len(set(client.gather(futures)))} answer(s)"


def main() -> None:
    with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,  # the worker runs in this process: quick to start
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
    ):
        same = client.map(roll_die, [0, 0, 0])  # same function, same arguments
        print(f"3 calls, pure=True (default): {keys_and_answers(client, same)}")
        #> 3 calls, pure=True (default): 1 key(s), 1 answer(s)
        fresh = client.map(roll_die, [0, 0, 0], pure=False)
        print(f"3 calls, pure=False:          {keys_and_answers(client, fresh)}")
        #> 3 calls, pure=False:          3 key(s), 3 answer(s)


if __name__ == "__main__":
    main()
