import time


def make_tea(seconds: float) -> str:
    time.sleep(seconds)  # stands in for waiting on a kettle, a disk or a server
    return "tea"


start = time.perf_counter()
drink = make_tea(0.3)
elapsed = time.perf_counter() - start
print(f"{drink} ready after {elapsed:.1f} s")
#> tea ready after 0.3 s
