import multiprocessing
import time
from multiprocessing import Process, Queue
from multiprocessing.synchronize import Barrier

DELAYS = {"large.png": 0.3, "small.png": 0.1, "medium.png": 0.2}


def resize(name: str, results: Queue, ready: Barrier) -> None:
    ready.wait()  # every worker has started: start-up time no longer skews the race
    time.sleep(DELAYS[name])
    results.put((name, f"thumb-{name}"))  # pickled and sent to the parent


def main() -> None:
    results: Queue = multiprocessing.Queue()
    ready = multiprocessing.Barrier(len(DELAYS))
    workers = [Process(target=resize, args=(n, results, ready)) for n in DELAYS]
    for worker in workers:
        worker.start()
    # One get() per worker, each with a timeout, so a dead worker cannot hang us.
    arrived = [results.get(timeout=10) for _ in workers]
    for worker in workers:
        worker.join()
    print(f"arrival order: {[name for name, _ in arrived]}")
    #> arrival order: ['small.png', 'medium.png', 'large.png']
    print(f"by input:      {[dict(arrived)[name] for name in DELAYS]}")
    #> by input:      ['thumb-large.png', 'thumb-small.png', 'thumb-medium.png']
    print(f"exit codes:    {[worker.exitcode for worker in workers]}")
    #> exit codes:    [0, 0, 0]


if __name__ == "__main__":
    main()
