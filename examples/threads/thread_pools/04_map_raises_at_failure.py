import time
from concurrent.futures import ThreadPoolExecutor


def fetch_item(item_id: int, started: list[int]) -> str:
    started.append(item_id)
    time.sleep(0.2)
    if item_id == 3:
        raise LookupError(f"item {item_id} not found")
    return f"item {item_id}"


def main() -> None:
    started: list[int] = []
    saved: list[str] = []
    with ThreadPoolExecutor(max_workers=1) as pool:  # fewer workers than jobs
        try:
            for item in pool.map(fetch_item, [1, 2, 3, 4, 5], [started] * 5):
                time.sleep(0.25)  # saving an item takes a little longer
                saved.append(item)
        except LookupError as error:
            print(f"map() raised: {error}")
            #> map() raised: item 3 not found

    print(f"saved before the failure: {saved}")
    #> saved before the failure: ['item 1', 'item 2']
    print(f"jobs that started: {sorted(started)}")
    #> jobs that started: [1, 2, 3, 4]
    print(f"never started (cancelled by map): {sorted({1, 2, 3, 4, 5} - set(started))}")
    #> never started (cancelled by map): [5]


if __name__ == "__main__":
    main()
