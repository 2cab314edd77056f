import contextlib
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import IO


def succeed() -> None:
    time.sleep(0.1)


def fail() -> None:
    raise ValueError("bad input")  # uncaught: traceback to stderr, exit code 1


def hang() -> None:
    time.sleep(60)  # stopped long before this ends


@contextlib.contextmanager
def stderr_into(file: IO[str]) -> Iterator[None]:
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(file.fileno(), 2)  # file descriptor 2, which every worker inherits
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def main() -> None:
    workers = {
        name: multiprocessing.Process(target=target, name=name)
        for name, target in [("succeed", succeed), ("fail", fail), ("hang", hang)]
    }
    with tempfile.TemporaryFile("w+") as errors:
        with stderr_into(errors):
            for worker in workers.values():
                worker.start()  # a new process; start() returns at once
            print(f"before join(): 'succeed' exitcode {workers['succeed'].exitcode}")
            #> before join(): 'succeed' exitcode None
            workers["succeed"].join()
            workers["fail"].join()
            workers["hang"].join(timeout=0.5)  # gives up after 0.5 s
            print(f"after join(timeout=0.5): 'hang' alive {workers['hang'].is_alive()}")
            #> after join(timeout=0.5): 'hang' alive True
            workers["hang"].kill()  # SIGKILL on POSIX
            workers["hang"].join()
        errors.seek(0)
        written = errors.read().splitlines()
    for name, worker in workers.items():
        print(f"{name:<8} exitcode {worker.exitcode}")
        #> succeed  exitcode 0
        #> fail     exitcode 1
        #> hang     exitcode -9
    print(f"killed by: {signal.Signals(-workers['hang'].exitcode).name}")
    #> killed by: SIGKILL
    print(f"'fail' wrote to stderr: {written[0]} ... {written[-1]}")
    #> 'fail' wrote to stderr: Process fail: ... ValueError: bad input


if __name__ == "__main__":
    main()
