import asyncio
import threading
import time
from collections.abc import Callable


def watch_sensor(on_reading: Callable[[int | None], None]) -> None:
    """Stands for a library that calls you back from a thread of its own."""
    for reading in (21, 22, 24, 23):
        time.sleep(0.05)
        on_reading(reading)
    on_reading(None)  # no more readings


async def main() -> None:
    loop = asyncio.get_running_loop()
    readings: asyncio.Queue[int | None] = asyncio.Queue()
    callback_threads: set[str] = set()

    def on_reading(reading: int | None) -> None:  # runs in the sensor's thread
        callback_threads.add(threading.current_thread().name)
        # asyncio objects are not thread-safe: ask the loop to do the put itself.
        loop.call_soon_threadsafe(readings.put_nowait, reading)

    sensor = threading.Thread(target=watch_sensor, args=(on_reading,), name="sensor")
    sensor.start()
    received = []
    while (reading := await readings.get()) is not None:
        received.append(reading)
    await asyncio.to_thread(sensor.join)  # join() blocks, so not in the loop's thread
    print(f"callbacks ran in: {sorted(callback_threads)}")
    #> callbacks ran in: ['sensor']
    print(f"{received} handled in: {threading.current_thread().name}")
    #> [21, 22, 24, 23] handled in: MainThread


if __name__ == "__main__":
    asyncio.run(main())
