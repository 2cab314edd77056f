import time


def download_report() -> None:
    time.sleep(0.3)  # stands in for waiting on the network


start = time.perf_counter()  # wall time, monotonic, high resolution
download_report()
elapsed = time.perf_counter() - start
print(f"download took {elapsed:.1f} s")
#> download took 0.3 s
