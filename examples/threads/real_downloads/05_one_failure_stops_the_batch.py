import os
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
IMAGES = range(1, 16)

thread_data = threading.local()


def fetch_image(number: int) -> bytes:
    if not hasattr(thread_data, "session"):  # one Session per thread
        thread_data.session = requests.Session()
    response = thread_data.session.get(f"{BASE_URL}/images/{number}.png", timeout=5)
    response.raise_for_status()  # a 503 becomes an HTTPError here
    return response.content


images: list[bytes] = []
with ThreadPoolExecutor(max_workers=len(IMAGES)) as pool:
    try:
        images = list(pool.map(fetch_image, IMAGES))
    except requests.HTTPError as error:
        path = urllib.parse.urlsplit(error.response.url).path
        print(f"the batch stopped: {error.response.status_code} for {path}")
        #> the batch stopped: 503 for /images/1.png
print(f"images kept: {len(images)} of {len(IMAGES)}")
#> images kept: 0 of 15
