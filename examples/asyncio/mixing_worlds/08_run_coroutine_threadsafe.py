import asyncio
import threading
import time

PRICES = {"tea": 2.5, "cake": 4.0, "scone": 3.0}


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.2)
    return PRICES[item]


# One event loop that lives in its own thread, for ordinary code to submit work to.
loop = asyncio.new_event_loop()
loop_thread = threading.Thread(target=loop.run_forever, name="event-loop")
loop_thread.start()

start = time.perf_counter()
futures = [asyncio.run_coroutine_threadsafe(fetch_price(item), loop) for item in PRICES]
prices = [future.result(timeout=1) for future in futures]  # blocks this thread only
print(f"{prices} in {time.perf_counter() - start:.1f} s")
#> [2.5, 4.0, 3.0] in 0.2 s

loop.call_soon_threadsafe(loop.stop)  # the loop's methods belong to its thread
loop_thread.join()
loop.close()
print(f"loop thread alive: {loop_thread.is_alive()}, loop closed: {loop.is_closed()}")
#> loop thread alive: False, loop closed: True
