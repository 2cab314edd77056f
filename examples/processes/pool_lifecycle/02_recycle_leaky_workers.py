import sys
from concurrent.futures import ProcessPoolExecutor

_cache: list[bytes] = []  # one per worker process, and it only grows


def resize_image(number: int) -> int:
    _cache.append(bytes(1_000_000))  # a leak: 1 MB kept after every job
    return len(_cache)  # MB this worker holds after the job


def largest_leak(**options: int) -> int:
    with ProcessPoolExecutor(max_workers=1, **options) as pool:
        return max(pool.map(resize_image, range(12)))


def main() -> None:
    print(f"12 jobs, one worker for all: it grew to {largest_leak()} MB")
    #> 12 jobs, one worker for all: it grew to 12 MB
    # Above 1, with jobs queued, 3.12 and 3.13.0 hang (CPython gh-115634).
    per_child = 3 if sys.version_info >= (3, 14) else 1
    recycled = largest_leak(max_tasks_per_child=per_child)
    print(f"max_tasks_per_child={per_child}: no worker grew past {recycled} MB")
    #> [3.12-3.13] max_tasks_per_child=1: no worker grew past 1 MB
    #> [3.14+] max_tasks_per_child=3: no worker grew past 3 MB


if __name__ == "__main__":
    main()
