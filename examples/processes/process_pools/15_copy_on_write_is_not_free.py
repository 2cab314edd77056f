import multiprocessing
from multiprocessing.connection import Connection

# Loaded by the parent before the fork: 1,000,000 int objects, and as many bytes.
NUMBERS = list(range(1_000, 1_001_000))
RAW = bytes(1_000_000)


def private_mb() -> float:
    # Linux: memory this process has written to, so no longer shares with its parent.
    with open("/proc/self/smaps_rollup", encoding="ascii") as smaps:
        fields = dict(line.split(":", 1) for line in smaps if ":" in line)
    return int(fields["Private_Dirty"].split()[0]) / 1024  # the figure is in kB


def walk(data: list[int] | bytes, results: Connection) -> None:
    before = private_mb()
    sum(data)  # only reads the data
    results.send(private_mb() - before)


def copied_mb(data: list[int] | bytes) -> float:
    fork = multiprocessing.get_context("fork")  # POSIX only
    receiver, sender = fork.Pipe(duplex=False)
    worker = fork.Process(target=walk, args=(data, sender))  # forked: not copied
    worker.start()
    copied = receiver.recv()
    worker.join()
    return copied


def main() -> None:
    list_mb, bytes_mb = copied_mb(NUMBERS), copied_mb(RAW)
    print(f"reading a list of 1,000,000 ints copied {list_mb:.0f} MB into the worker")
    #> reading a list of 1,000,000 ints copied 31 MB into the worker
    print(f"more than 20 MB: {list_mb > 20}")
    #> more than 20 MB: True
    print(f"reading 1,000,000 bytes copied less than 1 MB: {bytes_mb < 1}")
    #> reading 1,000,000 bytes copied less than 1 MB: True


if __name__ == "__main__":
    main()
