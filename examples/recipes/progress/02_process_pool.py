import io
from concurrent.futures import ProcessPoolExecutor, as_completed

from tqdm import tqdm

BAR = "{desc}: {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt}"  # no timings


def count_primes(limit: int) -> int:
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


def main() -> None:
    limits = [10_000 + 1_000 * i for i in range(12)]
    terminal = io.StringIO()  # stands in for sys.stderr, the default
    counts: dict[int, int] = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(count_primes, limit): limit for limit in limits}
        # The bar lives in the main process: the workers only return results.
        with tqdm(total=len(limits), desc="jobs", bar_format=BAR, file=terminal) as bar:
            for future in as_completed(futures):
                counts[futures[future]] = future.result()
                bar.update()
    print(terminal.getvalue().split("\r")[-1].strip())
    #> jobs: 100%|####################| 12/12
    for limit in limits[:3]:  # read back in input order: the dict is keyed by input
        print(f"primes below {limit}: {counts[limit]}")
        #> primes below 10000: 1229
        #> primes below 11000: 1335
        #> primes below 12000: 1438


if __name__ == "__main__":
    main()
