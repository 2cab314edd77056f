import time
from concurrent.futures import ThreadPoolExecutor


def fetch_item(item_id: int, finished: list[int]) -> str:
    time.sleep(0.1 * item_id)
    finished.append(item_id)
    if item_id == 3:
        raise LookupError(f"item {item_id} not found")
    return f"item {item_id}"


finished: list[int] = []
received: list[str] = []
with ThreadPoolExecutor(max_workers=5) as pool:
    try:
        for item in pool.map(fetch_item, [1, 2, 3, 4, 5], [finished] * 5):
            received.append(item)
    except LookupError as error:
        print(f"map() raised: {error}")
        #> map() raised: item 3 not found

print(f"received before the failure: {received}")
#> received before the failure: ['item 1', 'item 2']
print(f"jobs that ran all the same: {sorted(finished)}")
#> jobs that ran all the same: [1, 2, 3, 4, 5]
