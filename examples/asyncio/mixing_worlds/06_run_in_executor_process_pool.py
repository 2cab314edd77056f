import asyncio
import itertools
import time
from concurrent.futures import ProcessPoolExecutor


def count_primes(start: int, stop: int) -> int:  # pure Python: computing, not waiting
    return sum(
        all(number % divisor for divisor in range(2, int(number**0.5) + 1))
        for number in range(max(start, 2), stop)
    )


async def heartbeat(ticks: list[float]) -> None:
    while True:
        ticks.append(time.perf_counter())
        await asyncio.sleep(0.1)


async def count_in_processes(pool: ProcessPoolExecutor) -> tuple[int, float]:
    loop = asyncio.get_running_loop()
    ticks: list[float] = []
    beating = asyncio.create_task(heartbeat(ticks))
    ranges = [(0, 300_000), (300_000, 600_000)]
    counts = await asyncio.gather(
        *(loop.run_in_executor(pool, count_primes, *bounds) for bounds in ranges)
    )
    beating.cancel()
    ticks.append(time.perf_counter())  # the loop has the results: the last gap ends
    gap = max(later - earlier for earlier, later in itertools.pairwise(ticks))
    return sum(counts), gap


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Start the workers (and 3.14's forkserver) before the heartbeat: starting
        # them blocks the caller, which here would be the event loop.
        list(pool.map(count_primes, [0, 0], [1, 1]))
        primes, gap = asyncio.run(count_in_processes(pool))
    print(f"primes below 600000: {primes}")
    #> primes below 600000: 49098
    print(f"longest gap between heartbeats {gap:.1f} s")
    #> longest gap between heartbeats 0.1 s


if __name__ == "__main__":
    main()
