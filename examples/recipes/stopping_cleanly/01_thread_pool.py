import os
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


class Stop(Exception):
    """Ctrl-C (SIGINT) or SIGTERM, raised in the main thread by the handler below."""


def raise_stop(signum: int, frame: object) -> None:
    raise Stop(signal.Signals(signum))


def fetch(item: int) -> int:
    time.sleep(0.3)  # stands for a download or a query
    return item * item


def exit_by(signum: signal.Signals) -> None:
    """End as killed by the signal, as Python does after a KeyboardInterrupt."""
    sys.stdout.flush()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def main() -> None:
    pool = ThreadPoolExecutor(max_workers=2)
    futures = {pool.submit(fetch, item): item for item in range(8)}
    stopped_by = None
    previous = {
        sig: signal.signal(sig, raise_stop) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        for count, _ in enumerate(as_completed(futures), start=1):
            print(f"{count} of {len(futures)} done")
            #> 1 of 8 done
            #> 2 of 8 done
            #> 3 of 8 done
            #> 4 of 8 done
            #> 5 of 8 done
            #> 6 of 8 done
            #> 7 of 8 done
            #> 8 of 8 done
    except Stop as stop:
        stopped_by = stop.args[0]
        print(f"{stopped_by.name}: finishing the jobs in flight, cancelling the rest")
    finally:
        for sig, handler in previous.items():  # a second Ctrl-C: KeyboardInterrupt
            signal.signal(sig, handler)
        pool.shutdown(cancel_futures=True)  # waits for the jobs in flight
    results = {futures[f]: f.result() for f in futures if not f.cancelled()}
    print(f"kept {len(results)}, cancelled {len(futures) - len(results)}: {results}")
    #> kept 8, cancelled 0: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49}
    if stopped_by:
        exit_by(stopped_by)


if __name__ == "__main__":
    main()
