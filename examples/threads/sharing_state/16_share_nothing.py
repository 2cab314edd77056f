import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

DOCUMENTS = ["the cat sat", "the dog sat", "a cat ran", "the cat ran"]


def count_words(document: str) -> Counter[str]:
    time.sleep(0.1)  # fetching the document: the waiting that threads overlap
    return Counter(document.split())  # a new object: nothing shared is touched


# Shared state: every worker updates one dict, so every update needs the lock.
shared_counts: dict[str, int] = {}
counts_lock = threading.Lock()


def add_to_shared_counts(document: str) -> None:
    time.sleep(0.1)
    for word in document.split():
        with counts_lock:
            shared_counts[word] = shared_counts.get(word, 0) + 1


with ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(add_to_shared_counts, DOCUMENTS))  # list() re-raises any error

# Share nothing: map inputs to outputs, combine them in one thread at the end.
with ThreadPoolExecutor(max_workers=4) as pool:
    mapped_counts = sum(pool.map(count_words, DOCUMENTS), Counter())

print(f"same counts: {mapped_counts == Counter(shared_counts)}")
#> same counts: True
print(f"counts: {dict(sorted(mapped_counts.items()))}")
#> counts: {'a': 1, 'cat': 3, 'dog': 1, 'ran': 2, 'sat': 2, 'the': 3}
