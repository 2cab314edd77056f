import time


def download_report() -> None:
    time.sleep(0.3)  # stands in for waiting on the network


start = time.process_time()  # CPU time: the wrong clock for "how long"
download_report()
elapsed = time.process_time() - start
print(f"download took {elapsed:.1f} s")
#> download took 0.0 s
