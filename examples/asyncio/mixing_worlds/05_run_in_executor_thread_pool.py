import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def read_sensor(sensor: int) -> str:  # a blocking driver call
    time.sleep(0.2)
    return f"sensor {sensor}: ok"


async def read_all(pool: ThreadPoolExecutor, sensors: range) -> list[str]:
    loop = asyncio.get_running_loop()
    waiting = [loop.run_in_executor(pool, read_sensor, sensor) for sensor in sensors]
    return await asyncio.gather(*waiting)  # asyncio futures, awaited like tasks


if __name__ == "__main__":
    # The pool outlives the loop; `with` waits for its threads once the loop is done.
    with ThreadPoolExecutor(max_workers=3) as pool:
        start = time.perf_counter()
        readings = asyncio.run(read_all(pool, range(1, 7)))
        elapsed = time.perf_counter() - start
    print(readings[:2])
    #> ['sensor 1: ok', 'sensor 2: ok']
    print(f"{len(readings)} readings on 3 threads: {elapsed:.1f} s")
    #> 6 readings on 3 threads: 0.4 s
