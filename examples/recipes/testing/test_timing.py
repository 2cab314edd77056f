import time
from concurrent.futures import ThreadPoolExecutor

import pytest


def four_waits_at_once() -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(time.sleep, [0.2] * 4))
    return time.perf_counter() - start


def test_exact_time() -> None:
    assert four_waits_at_once() == 0.2  # fails: a measurement is never exact


def test_time_within_a_tolerance() -> None:
    # 0.2 s give or take 0.2: room for a busy machine, and one after another
    # (0.8 s) still fails
    assert four_waits_at_once() == pytest.approx(0.2, abs=0.2)
