import os
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

JOBS, WORKERS = 8, 2


class Stop(Exception):
    """Ctrl-C (SIGINT) or SIGTERM, raised in the main thread by the handler below."""


def raise_stop(signum: int, frame: object) -> None:
    raise Stop(signal.Signals(signum))


def leave_stopping_to_the_parent() -> None:
    # Ctrl-C in a terminal reaches every process of the group: workers ignore it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's, under fork


def compute(item: int) -> int:
    time.sleep(0.3)  # stands for a computation
    return item * item


def exit_by(signum: signal.Signals) -> None:
    """End as killed by the signal, as Python does after a KeyboardInterrupt."""
    sys.stdout.flush()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def main() -> None:
    pool = ProcessPoolExecutor(WORKERS, initializer=leave_stopping_to_the_parent)
    futures: dict[Future[int], int] = {}  # every job handed to the pool
    stopped_by = None
    previous = {
        sig: signal.signal(sig, raise_stop) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        for item in range(JOBS):
            # One job per free worker: beyond that the pool queues jobs where
            # cancel() can no longer reach them.
            busy = [future for future in futures if not future.done()]
            if len(busy) == WORKERS:
                wait(busy, return_when=FIRST_COMPLETED)
            futures[pool.submit(compute, item)] = item
            print(f"job {item} handed out")
            #> job 0 handed out
            #> job 1 handed out
            #> job 2 handed out
            #> job 3 handed out
            #> job 4 handed out
            #> job 5 handed out
            #> job 6 handed out
            #> job 7 handed out
        wait(futures)
    except Stop as stop:
        stopped_by = stop.args[0]
        print(f"{stopped_by.name}: finishing the jobs in flight, starting no more")
    finally:
        for sig, handler in previous.items():  # a second Ctrl-C: KeyboardInterrupt
            signal.signal(sig, handler)
        pool.shutdown()  # waits for the jobs in flight, then for the workers to exit
    results = {futures[f]: f.result() for f in futures}
    print(f"kept {len(results)}, never started {JOBS - len(results)}: {results}")
    #> kept 8, never started 0: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49}
    if stopped_by:
        exit_by(stopped_by)


if __name__ == "__main__":
    main()
