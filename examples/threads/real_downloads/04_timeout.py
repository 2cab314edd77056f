import os
import time
import urllib.request

import requests

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
TIMEOUT = 0.5  # seconds we are prepared to wait for the server

# The server sits on this image for 2 s: longer than we are willing to wait.
url = f"{BASE_URL}/images/1.png?delay=2"

start = time.perf_counter()
try:
    requests.get(url, timeout=TIMEOUT)
except requests.Timeout as error:
    elapsed = time.perf_counter() - start
    print(f"requests gave up after {elapsed:.1f} s: {type(error).__name__}")
    #> requests gave up after 0.5 s: ReadTimeout

start = time.perf_counter()
try:
    urllib.request.urlopen(url, timeout=TIMEOUT)
except TimeoutError as error:
    elapsed = time.perf_counter() - start
    print(f"urllib gave up after {elapsed:.1f} s: {type(error).__name__}")
    #> urllib gave up after 0.5 s: TimeoutError
