import time
from concurrent.futures import ThreadPoolExecutor

IMAGES = ["cat.png", "broken.png", "dog.png"]


def resize_image(name: str) -> None:
    time.sleep(0.1)  # stands in for reading, resizing and writing the file
    if name == "broken.png":
        raise ValueError(f"{name}: not a PNG file")


with ThreadPoolExecutor() as pool:
    for name in IMAGES:
        pool.submit(resize_image, name)  # the Future, and its exception, dropped

print(f"resized {len(IMAGES)} images")
#> resized 3 images
