import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import eventlet  # the project warns on import: it is in bugfix-only mode

eventlet.monkey_patch()  # like gevent's patch_all(), before urllib imports socket

import os  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

from eventlet.greenpool import GreenPool  # noqa: E402

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)


def fetch_image(number: int) -> bytes:
    url = f"{BASE_URL}/images/{number}.png"
    with urllib.request.urlopen(url, timeout=5) as response:  # plain stdlib sockets
        return response.read()


warning = caught[0].message
first_sentence = str(warning).strip().split(". ")[0]
print(f"{type(warning).__name__}: {first_sentence}.")
#> EventletDeprecationWarning: Eventlet is deprecated.

start = time.perf_counter()
one_by_one = [fetch_image(number) for number in IMAGES]
print(f"one at a time: {time.perf_counter() - start:.1f} s")
#> one at a time: 1.6 s

start = time.perf_counter()
in_green_threads = list(GreenPool(size=15).imap(fetch_image, IMAGES))  # input order
print(f"15 green threads: {time.perf_counter() - start:.1f} s")
#> 15 green threads: 0.1 s
print(f"same {len(in_green_threads)} images: {in_green_threads == one_by_one}")
#> same 15 images: True
