import os
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)
DELAY = 0.2  # seconds the server waits before sending each image
TIMEOUT = 5  # seconds: without a timeout, urlopen may wait forever


def fetch_image(number: int) -> bytes:
    url = f"{BASE_URL}/images/{number}.png?delay={DELAY}"
    # Each call opens its own connection and closes it: nothing shared to guard.
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
        return response.read()  # a 4xx or 5xx status raises HTTPError instead


start = time.perf_counter()
images = [fetch_image(number) for number in IMAGES]
one_at_a_time = time.perf_counter() - start
size = sum(len(image) for image in images) // 1024
print(f"{len(images)} images, {size} KB, one at a time: {one_at_a_time:.1f} s")
#> 15 images, 1144 KB, one at a time: 3.1 s

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=len(IMAGES)) as pool:
    images = list(pool.map(fetch_image, IMAGES))
pooled = time.perf_counter() - start
print(f"{len(images)} images, {len(IMAGES)} threads: {pooled:.2f} s")
#> 15 images, 15 threads: 0.22 s
print(f"speed-up: {one_at_a_time / pooled:.0f}x (ideal: {len(IMAGES)}x)")
#> speed-up: 14x (ideal: 15x)
