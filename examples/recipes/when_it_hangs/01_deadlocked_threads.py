import faulthandler
import os
import signal
import threading

GIVE_UP_AFTER = 3.0  # seconds; without a timeout, the threads would wait forever
# A batch that should take seconds: if it still runs after this, dump its stacks.
DUMP_STACKS_AFTER = float(os.environ.get("DUMP_STACKS_AFTER", "60"))


def transfer(
    first: threading.Lock, second: threading.Lock, both_hold_one: threading.Barrier
) -> None:
    with first:
        both_hold_one.wait()  # forces the bad timing on every run
        if second.acquire(timeout=GIVE_UP_AFTER):
            second.release()


def main() -> None:
    # Dump every thread's stack to stderr on `kill -USR1 PID`, and on its own if
    # still running after DUMP_STACKS_AFTER: worth having in any long program.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    faulthandler.dump_traceback_later(DUMP_STACKS_AFTER)
    alice, bob = threading.Lock(), threading.Lock()
    both_hold_one = threading.Barrier(3)
    threads = [
        threading.Thread(target=transfer, args=(*locks, both_hold_one), name=name)
        for locks, name in [
            ((alice, bob), "alice-to-bob"),
            ((bob, alice), "bob-to-alice"),
        ]
    ]
    for thread in threads:
        thread.start()
    both_hold_one.wait()
    print("stuck: each thread holds one lock and waits for the other", flush=True)
    #> stuck: each thread holds one lock and waits for the other
    for thread in threads:
        thread.join()
    faulthandler.cancel_dump_traceback_later()
    faulthandler.unregister(signal.SIGUSR1)
    print(f"gave up after {GIVE_UP_AFTER:.0f} s")
    #> gave up after 3 s


if __name__ == "__main__":
    main()
