import time
import traceback
from concurrent.futures import ThreadPoolExecutor


def fetch_report(name: str) -> str:
    time.sleep(0.1)
    if name == "sales":
        raise ConnectionError(f"{name}: connection refused")
    return f"{name}: 12 rows"


with ThreadPoolExecutor(max_workers=1) as pool:
    failing = pool.submit(fetch_report, "sales")
    try:
        failing.result()  # the worker's exception is raised again, here
    except ConnectionError as error:
        print(f"result() raised {type(error).__name__}: {error}")
        #> result() raised ConnectionError: sales: connection refused
        where = traceback.extract_tb(error.__traceback__)[-1].name
        print(f"raised in {where}(), the same object: {failing.exception() is error}")
        #> raised in fetch_report(), the same object: True

    # The failure stayed inside its Future: the same worker runs the next job.
    print(f"next job: {pool.submit(fetch_report, 'stock').result()}")
    #> next job: stock: 12 rows
