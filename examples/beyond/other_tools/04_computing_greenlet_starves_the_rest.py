from gevent import monkey

monkey.patch_all()

import time  # noqa: E402

import gevent  # noqa: E402


def heartbeat(gaps: list[float]) -> None:
    last = time.perf_counter()
    for _ in range(8):
        time.sleep(0.1)  # should wake every 0.1 s
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


def compute(seconds: float, yield_now_and_then: bool) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:  # pure computation: never waits
        if yield_now_and_then:
            gevent.sleep(0)  # hands control to the hub, which runs the others


for yielding in (False, True):
    gaps: list[float] = []
    greenlets = [gevent.spawn(heartbeat, gaps), gevent.spawn(compute, 0.5, yielding)]
    gevent.joinall(greenlets)
    print(f"computing, yields={yielding}: longest heartbeat gap {max(gaps):.1f} s")
    #> computing, yields=False: longest heartbeat gap 0.5 s
    #> computing, yields=True: longest heartbeat gap 0.1 s
