import asyncio
import os
import signal
import sys

JOBS = 8


async def fetch(item: int, limit: asyncio.Semaphore, results: dict[int, int]) -> None:
    async with limit:
        await asyncio.sleep(0.3)  # stands for a download
        results[item] = item * item
        print(f"{len(results)} of {JOBS} done")
        #> 1 of 8 done
        #> 2 of 8 done
        #> 3 of 8 done
        #> 4 of 8 done
        #> 5 of 8 done
        #> 6 of 8 done
        #> 7 of 8 done
        #> 8 of 8 done


async def run_batch(results: dict[int, int]) -> None:
    # asyncio.run() already turns Ctrl-C into cancelling this task; SIGTERM does too.
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    limit = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as group:  # if cancelled, cancels its tasks
        for item in range(JOBS):
            group.create_task(fetch(item, limit, results))


def exit_by(signum: signal.Signals) -> None:
    """End as killed by the signal, as Python does after a KeyboardInterrupt."""
    sys.stdout.flush()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def main() -> None:
    results: dict[int, int] = {}
    stopped_by = None
    try:
        asyncio.run(run_batch(results))
    except KeyboardInterrupt:  # asyncio.run() raises it after a Ctrl-C
        stopped_by = signal.SIGINT
    except asyncio.CancelledError:  # the main task was cancelled: by SIGTERM here
        stopped_by = signal.SIGTERM
    if stopped_by:
        print(f"{stopped_by.name}: cancelled the tasks in flight and the rest")
    kept = dict(sorted(results.items()))
    print(f"kept {len(kept)}, cancelled {JOBS - len(kept)}: {kept}")
    #> kept 8, cancelled 0: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49}
    if stopped_by:
        exit_by(stopped_by)


if __name__ == "__main__":
    main()
