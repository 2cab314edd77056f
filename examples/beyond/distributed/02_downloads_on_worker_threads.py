import os
import time

import requests
from dask.distributed import Client, LocalCluster, wait

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)


def image_size(number: int) -> int:
    """The download job; it returns the size, not the bytes, to keep results small."""
    response = requests.get(f"{BASE_URL}/images/{number}.png", timeout=5)
    response.raise_for_status()
    return len(response.content)


def main() -> None:
    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=15,  # waiting jobs: threads, as on one machine
            processes=False,  # the worker runs in this process: quick to start
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
    ):
        started_in = time.perf_counter() - start
        print(f"cluster ready in under a second: {started_in < 1}")
        #> cluster ready in under a second: True
        start = time.perf_counter()
        futures = client.map(image_size, IMAGES)
        wait(futures, timeout=10)  # a bound on the whole batch
        sizes = client.gather(futures)
        elapsed = time.perf_counter() - start
    print(f"{len(sizes)} images, {sum(sizes):,} bytes in {elapsed:.1f} s")
    #> 15 images, 1,171,689 bytes in 0.2 s


if __name__ == "__main__":
    main()
