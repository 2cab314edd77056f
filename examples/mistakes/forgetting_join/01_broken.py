import threading
import time


def fetch_page(number: int, pages: list[str]) -> None:
    time.sleep(0.2)  # stands in for a download
    pages.append(f"page {number}")


pages: list[str] = []
for number in range(3):
    threading.Thread(target=fetch_page, args=(number, pages)).start()

print(f"pages: {sorted(pages)}")  # read while the threads are still sleeping
#> pages: []
