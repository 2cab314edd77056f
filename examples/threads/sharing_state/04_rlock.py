import threading


class WordTally:
    def __init__(self, reentrant: bool) -> None:
        self.lock = threading.RLock() if reentrant else threading.Lock()
        self.counts: dict[str, int] = {}

    def add(self, word: str) -> bool:
        # `with self.lock:` would wait forever here when called from add_all():
        # the timeout turns that hang into a False we can print.
        if not self.lock.acquire(timeout=0.1):
            return False
        try:
            self.counts[word] = self.counts.get(word, 0) + 1
            return True
        finally:
            self.lock.release()

    def add_all(self, words: list[str]) -> list[bool]:
        with self.lock:  # holds the lock while add() takes it again
            return [self.add(word) for word in words]


for reentrant, name in ((False, "Lock"), (True, "RLock")):
    tally = WordTally(reentrant)
    added = tally.add_all(["spam", "eggs", "spam"])
    print(f"{name}: added {added}, counts {tally.counts}")
    #> Lock: added [False, False, False], counts {}
    #> RLock: added [True, True, True], counts {'spam': 2, 'eggs': 1}
