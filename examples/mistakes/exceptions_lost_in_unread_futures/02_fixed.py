import time
from concurrent.futures import ThreadPoolExecutor, as_completed

IMAGES = ["cat.png", "broken.png", "dog.png"]


def resize_image(name: str) -> None:
    time.sleep(0.1)  # stands in for reading, resizing and writing the file
    if name == "broken.png":
        raise ValueError(f"{name}: not a PNG file")


resized: list[str] = []
failures: list[str] = []
with ThreadPoolExecutor() as pool:
    futures = {pool.submit(resize_image, name): name for name in IMAGES}
    for future in as_completed(futures):
        try:
            future.result()  # re-raises the job's exception, if it had one
        except Exception as error:  # collect every failure, report them all below
            failures.append(f"{type(error).__name__}: {error}")
        else:
            resized.append(futures[future])

print(f"resized {len(resized)} images: {sorted(resized)}")
#> resized 2 images: ['cat.png', 'dog.png']
print(f"failed: {sorted(failures)}")
#> failed: ['ValueError: broken.png: not a PNG file']
