import contextlib
import io
import time
from concurrent.futures import ThreadPoolExecutor

MONTHS = ["january", "february", "march"]


def save_report(month: str) -> None:
    time.sleep(0.1)
    if month == "march":
        raise PermissionError(f"cannot write {month}.csv")


stderr = io.StringIO()  # catch anything written to stderr, to show there is none
with contextlib.redirect_stderr(stderr), ThreadPoolExecutor() as pool:
    for month in MONTHS:
        pool.submit(save_report, month)  # the trap: the Future is thrown away
print("all reports saved")
#> all reports saved
print(f"written to stderr: {stderr.getvalue()!r}")
#> written to stderr: ''

# Keep the Futures, and each one can tell what happened to its job.
with ThreadPoolExecutor() as pool:
    futures = {month: pool.submit(save_report, month) for month in MONTHS}
for month, future in futures.items():
    print(f"{month}: exception() returns {future.exception()!r}")
    #> january: exception() returns None
    #> february: exception() returns None
    #> march: exception() returns PermissionError('cannot write march.csv')
try:
    futures["march"].result()
except PermissionError as error:
    print(f"march: result() raises PermissionError: {error}")
    #> march: result() raises PermissionError: cannot write march.csv
