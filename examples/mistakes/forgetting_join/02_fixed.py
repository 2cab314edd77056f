import threading
import time


def fetch_page(number: int, pages: list[str]) -> None:
    time.sleep(0.2)  # stands in for a download
    pages.append(f"page {number}")


pages: list[str] = []
threads = [
    threading.Thread(target=fetch_page, args=(number, pages)) for number in range(3)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()  # wait until every page is in

print(f"pages: {sorted(pages)}")
#> pages: ['page 0', 'page 1', 'page 2']
