import tempfile
from multiprocessing import Process, Queue
from pathlib import Path

ITEMS = 200
WORKERS = 3
STOP = None  # the sentinel: no more work
WORKER_DONE = "worker done"  # a worker's last message to the writer


def produce(tasks: Queue) -> None:
    for index in range(ITEMS):
        tasks.put((index, f"record {index}"))
    for _ in range(WORKERS):
        tasks.put(STOP)  # one per worker: each stops after taking one


def transform(tasks: Queue, results: Queue) -> None:
    while (task := tasks.get(timeout=10)) is not STOP:
        index, text = task
        results.put((index, text.upper()))
    results.put(WORKER_DONE)


def write(results: Queue, path: Path, report: Queue) -> None:
    finished, waiting, next_index = 0, {}, 0
    with path.open("w") as out:
        while finished < WORKERS:  # done when every worker has said so
            message = results.get(timeout=10)
            if message == WORKER_DONE:
                finished += 1
                continue
            index, text = message
            waiting[index] = text  # results arrive in any order...
            while next_index in waiting:  # ...and are written in input order
                out.write(waiting.pop(next_index) + "\n")
                next_index += 1
    report.put((finished, next_index))


def main() -> None:
    tasks, results, report = Queue(maxsize=20), Queue(), Queue()  # maxsize: bounded
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.txt"
        processes = [Process(target=produce, args=(tasks,))]
        processes += [
            Process(target=transform, args=(tasks, results)) for _ in range(WORKERS)
        ]
        processes.append(Process(target=write, args=(results, path, report)))
        for process in processes:
            process.start()
        finished, written = report.get(timeout=30)
        for process in processes:
            process.join(timeout=10)
        lines = path.read_text().splitlines()
    print(f"workers finished: {finished} of {WORKERS}, lines written: {written}")
    #> workers finished: 3 of 3, lines written: 200
    expected = [f"RECORD {index}" for index in range(ITEMS)]
    print(f"complete and in input order: {lines == expected}")
    #> complete and in input order: True
    print(f"exit codes: {[process.exitcode for process in processes]}")
    #> exit codes: [0, 0, 0, 0, 0]


if __name__ == "__main__":
    main()
