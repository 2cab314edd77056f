import os
import threading
from concurrent.futures import ThreadPoolExecutor

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)

thread_data = threading.local()


def fetch_image(number: int) -> bytes:
    if not hasattr(thread_data, "session"):  # one Session per thread
        thread_data.session = requests.Session()
    response = thread_data.session.get(f"{BASE_URL}/images/{number}.png", timeout=5)
    response.raise_for_status()
    return response.content


images: dict[int, bytes] = {}
failures: dict[int, str] = {}
with ThreadPoolExecutor(max_workers=len(IMAGES)) as pool:
    futures = {number: pool.submit(fetch_image, number) for number in IMAGES}
for number, future in futures.items():
    try:
        images[number] = future.result()
    except requests.RequestException as error:  # HTTP errors, timeouts, resets
        status = "no response" if error.response is None else error.response.status_code
        failures[number] = f"{type(error).__name__} ({status})"

print(f"{len(images)} ok, {len(failures)} failed: {sorted(failures)}")
#> 12 ok, 3 failed: [1, 4, 15]
for number in sorted(failures):
    print(f"image {number}: {failures[number]}")
    #> image 1: HTTPError (503)
    #> image 4: HTTPError (503)
    #> image 15: HTTPError (503)
