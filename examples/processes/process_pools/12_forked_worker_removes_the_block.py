import multiprocessing
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import resource_tracker, shared_memory


def stderr_to(path: str) -> None:
    # The worker, and a tracker it starts, write their warnings to this file.
    os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND), 2)


def first_byte(name: str) -> int:
    block = shared_memory.SharedMemory(name)  # attaching registers it with a tracker
    try:
        return block.buf[0]
    finally:
        block.close()


def attach_for_a_second(name: str) -> str:
    # The worker's tracker cleans up just after the worker exits: give it time.
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        try:
            shared_memory.SharedMemory(name).close()
        except FileNotFoundError:
            return "FileNotFoundError"
        time.sleep(0.05)
    return "ok"


def run(block_first: bool, warnings_file: str) -> list[str]:
    fork = multiprocessing.get_context("fork")  # POSIX only; the default up to 3.13
    block = None
    if block_first:
        block = shared_memory.SharedMemory(create=True, size=16)
    with ProcessPoolExecutor(
        max_workers=1, mp_context=fork, initializer=stderr_to, initargs=(warnings_file,)
    ) as pool:
        pool.submit(int).result()  # the worker is forked now
        if block is None:
            block = shared_memory.SharedMemory(create=True, size=16)
        block.buf[0] = 42
        read = pool.submit(first_byte, block.name).result()
    # The pool has shut down: its worker has exited.
    lines = [f"worker read {read}", f"attach: {attach_for_a_second(block.name)}"]
    block.close()
    try:
        block.unlink()
        lines.append("unlink(): ok")
    except FileNotFoundError:
        lines.append("unlink(): FileNotFoundError")
        resource_tracker.unregister(block._name, "shared_memory")  # already gone
    with open(warnings_file, encoding="utf-8") as warnings:
        leak_reported = "leaked shared_memory" in warnings.read()
    lines.append(f"a worker's tracker reported a leak: {leak_reported}")
    return lines


def main() -> None:
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for block_first in (False, True):
            when = "before" if block_first else "after"
            lines.append(f"block created {when} the pool:")
            warnings_file = os.path.join(folder, f"{when}.txt")
            lines += [f"    {line}" for line in run(block_first, warnings_file)]
    for line in lines:
        print(line)
        #> block created after the pool:
        #>     worker read 42
        #>     attach: FileNotFoundError
        #>     unlink(): FileNotFoundError
        #>     a worker's tracker reported a leak: True
        #> block created before the pool:
        #>     worker read 42
        #>     attach: ok
        #>     unlink(): ok
        #>     a worker's tracker reported a leak: False


if __name__ == "__main__":
    main()
