import os
import time
import urllib.request

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def fetch(path: str) -> bytes:
    with urllib.request.urlopen(BASE_URL + path, timeout=10) as response:
        return response.read()


start = time.perf_counter()
image = fetch("/images/1.png?delay=0.5")  # ask the server to take half a second
elapsed = time.perf_counter() - start
print(f"{len(image):,} bytes, a PNG: {image.startswith(PNG_SIGNATURE)}")
#> 72,123 bytes, a PNG: True
print(f"took {elapsed:.1f} s")
#> took 0.5 s
