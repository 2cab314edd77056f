import multiprocessing
from multiprocessing import Process

WORDS = ["queue", "pipe", "manager", "proxy"]


def record(word: str, lengths: dict, seen: list) -> None:
    lengths[word] = len(word)  # each call is a message to the manager process
    seen.append(word)


def main() -> None:
    with multiprocessing.Manager() as manager:  # starts the manager process
        lengths = manager.dict()
        seen = manager.list()
        print(f"proxy types: {type(lengths).__name__}, {type(seen).__name__}")
        #> proxy types: DictProxy, ListProxy
        workers = [Process(target=record, args=(w, lengths, seen)) for w in WORDS]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(f"lengths: {dict(sorted(lengths.items()))}")  # a copy, read back
        #> lengths: {'manager': 7, 'pipe': 4, 'proxy': 5, 'queue': 5}
        print(f"seen:    {sorted(seen)}")  # sorted: the workers' order varies
        #> seen:    ['manager', 'pipe', 'proxy', 'queue']
    # Leaving the block shut the manager process down; its data went with it.


if __name__ == "__main__":
    main()
