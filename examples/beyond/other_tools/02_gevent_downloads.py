from gevent import monkey

monkey.patch_all()  # before urllib imports socket

import os  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

from gevent.pool import Pool  # noqa: E402

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)


def fetch_image(number: int) -> bytes:
    url = f"{BASE_URL}/images/{number}.png"
    with urllib.request.urlopen(url, timeout=5) as response:  # plain stdlib sockets
        return response.read()


start = time.perf_counter()
one_by_one = [fetch_image(number) for number in IMAGES]
print(f"one at a time: {time.perf_counter() - start:.1f} s")
#> one at a time: 1.6 s

start = time.perf_counter()
pool = Pool(size=15)  # at most 15 greenlets at once
in_greenlets = pool.map(fetch_image, IMAGES)  # results in input order
print(f"15 greenlets: {time.perf_counter() - start:.1f} s")
#> 15 greenlets: 0.1 s
print(f"same {len(in_greenlets)} images: {in_greenlets == one_by_one}")
#> same 15 images: True
