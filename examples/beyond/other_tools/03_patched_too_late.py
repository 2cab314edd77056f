import time
from collections.abc import Callable
from time import sleep  # binds the original, blocking sleep to a name here

from gevent import monkey

monkey.patch_all()  # too late for `sleep` above: it patches time.sleep only

import gevent  # noqa: E402

JOBS = 5


def run_in_greenlets(wait: Callable[[float], None]) -> float:
    start = time.perf_counter()
    gevent.joinall([gevent.spawn(wait, 0.2) for _ in range(JOBS)])
    return time.perf_counter() - start


print(f"time.sleep, looked up at call time: {run_in_greenlets(time.sleep):.1f} s")
#> time.sleep, looked up at call time: 0.2 s
print(f"sleep, imported before patching: {run_in_greenlets(sleep):.1f} s")
#> sleep, imported before patching: 1.0 s
print(f"the same function: {sleep is time.sleep}")
#> the same function: False
