import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).parent
STDLIB = os.path.dirname(threading.__file__)


def tidy(dump: str) -> list[str]:
    """The dump with what changes from run to run or machine to machine replaced."""
    dump = re.sub(r"0x[0-9a-f]+", "0x...", dump)  # thread ids are addresses
    dump = dump.replace(str(HERE.parents[2]) + os.sep, "").replace(STDLIB, "...")
    return [line.rstrip() for line in dump.splitlines() if line.strip()]


def dump_when_stuck(program: str, wait_before_kill: float) -> str:
    """Run a stuck program, ask faulthandler for a dump, return its stderr."""
    child = subprocess.Popen(
        [sys.executable, str(HERE / program)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "DUMP_STACKS_AFTER": "1"},  # 01's watchdog, after 1 s
    )
    try:
        if select.select([child.stdout], [], [], 20)[0]:
            child.stdout.readline()  # "stuck: ..."
        time.sleep(0.5)  # time for both threads to get from the barrier to acquire()
        child.send_signal(signal.SIGUSR1)  # kill -USR1 PID
        time.sleep(wait_before_kill)
    finally:
        child.kill()
    return child.communicate(timeout=20)[1]


def main() -> None:
    threads = dump_when_stuck("01_deadlocked_threads.py", wait_before_kill=1.5)
    on_demand, _, watchdog = threads.partition("Timeout (0:00:01)!")
    print("kill -USR1 on the deadlocked threads:", *tidy(on_demand), sep="\n    ")
    #> [3.12] kill -USR1 on the deadlocked threads:
    #> [3.12]     Thread 0x... (most recent call first):
    #> [3.12]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.12]       File ".../threading.py", line 1010 in run
    #> [3.12]       File ".../threading.py", line 1073 in _bootstrap_inner
    #> [3.12]       File ".../threading.py", line 1030 in _bootstrap
    #> [3.12]     Thread 0x... (most recent call first):
    #> [3.12]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.12]       File ".../threading.py", line 1010 in run
    #> [3.12]       File ".../threading.py", line 1073 in _bootstrap_inner
    #> [3.12]       File ".../threading.py", line 1030 in _bootstrap
    #> [3.12]     Current thread 0x... (most recent call first):
    #> [3.12]       File ".../threading.py", line 1167 in _wait_for_tstate_lock
    #> [3.12]       File ".../threading.py", line 1147 in join
    #> [3.12]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 40 in main
    #> [3.12]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 48 in <module>
    #> [3.13] kill -USR1 on the deadlocked threads:
    #> [3.13]     Thread 0x... (most recent call first):
    #> [3.13]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.13]       File ".../threading.py", line 992 in run
    #> [3.13]       File ".../threading.py", line 1041 in _bootstrap_inner
    #> [3.13]       File ".../threading.py", line 1012 in _bootstrap
    #> [3.13]     Thread 0x... (most recent call first):
    #> [3.13]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.13]       File ".../threading.py", line 992 in run
    #> [3.13]       File ".../threading.py", line 1041 in _bootstrap_inner
    #> [3.13]       File ".../threading.py", line 1012 in _bootstrap
    #> [3.13]     Current thread 0x... (most recent call first):
    #> [3.13]       File ".../threading.py", line 1092 in join
    #> [3.13]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 40 in main
    #> [3.13]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 48 in <module>
    #> [3.14] kill -USR1 on the deadlocked threads:
    #> [3.14]     Thread 0x... [bob-to-alice] (most recent call first):
    #> [3.14]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.14]       File ".../threading.py", line 1025 in run
    #> [3.14]       File ".../threading.py", line 1083 in _bootstrap_inner
    #> [3.14]       File ".../threading.py", line 1045 in _bootstrap
    #> [3.14]     Thread 0x... [alice-to-bob] (most recent call first):
    #> [3.14]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.14]       File ".../threading.py", line 1025 in run
    #> [3.14]       File ".../threading.py", line 1083 in _bootstrap_inner
    #> [3.14]       File ".../threading.py", line 1045 in _bootstrap
    #> [3.14]     Current thread 0x... [python] (most recent call first):
    #> [3.14]       File ".../threading.py", line 1134 in join
    #> [3.14]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 40 in main
    #> [3.14]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 48 in <module>
    #> [3.15] kill -USR1 on the deadlocked threads:
    #> [3.15]     Thread 0x... [bob-to-alice] (most recent call first):
    #> [3.15]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.15]       File ".../threading.py", line 1161 in run
    #> [3.15]       File ".../threading.py", line 1219 in _bootstrap_inner
    #> [3.15]       File ".../threading.py", line 1181 in _bootstrap
    #> [3.15]     Thread 0x... [alice-to-bob] (most recent call first):
    #> [3.15]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 16 in transfer
    #> [3.15]       File ".../threading.py", line 1161 in run
    #> [3.15]       File ".../threading.py", line 1219 in _bootstrap_inner
    #> [3.15]       File ".../threading.py", line 1181 in _bootstrap
    #> [3.15]     Current thread 0x... [python] (most recent call first):
    #> [3.15]       File ".../threading.py", line 1270 in join
    #> [3.15]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 40 in main
    #> [3.15]       File "examples/recipes/when_it_hangs/01_deadlocked_threads.py", line 48 in <module>
    # The watchdog dumps from a thread of its own: no thread is "Current" there.
    same = tidy(watchdog) == tidy(on_demand.replace("Current thread", "Thread"))
    print("after 1 s, dump_traceback_later() dumped the same stacks:", same)
    #> after 1 s, dump_traceback_later() dumped the same stacks: True
    task = dump_when_stuck("02_stuck_task.py", wait_before_kill=0.5)
    print("kill -USR1 on the stuck asyncio task:", *tidy(task), sep="\n    ")
    #> [3.12] kill -USR1 on the stuck asyncio task:
    #> [3.12]     Current thread 0x... (most recent call first):
    #> [3.12]       File ".../selectors.py", line 468 in select
    #> [3.12]       File ".../asyncio/base_events.py", line 1933 in _run_once
    #> [3.12]       File ".../asyncio/base_events.py", line 638 in run_forever
    #> [3.12]       File ".../asyncio/base_events.py", line 671 in run_until_complete
    #> [3.12]       File ".../asyncio/runners.py", line 118 in run
    #> [3.12]       File ".../asyncio/runners.py", line 194 in run
    #> [3.12]       File "examples/recipes/when_it_hangs/02_stuck_task.py", line 35 in <module>
    #> [3.13] kill -USR1 on the stuck asyncio task:
    #> [3.13]     Current thread 0x... (most recent call first):
    #> [3.13]       File ".../selectors.py", line 452 in select
    #> [3.13]       File ".../asyncio/base_events.py", line 1989 in _run_once
    #> [3.13]       File ".../asyncio/base_events.py", line 679 in run_forever
    #> [3.13]       File ".../asyncio/base_events.py", line 708 in run_until_complete
    #> [3.13]       File ".../asyncio/runners.py", line 118 in run
    #> [3.13]       File ".../asyncio/runners.py", line 194 in run
    #> [3.13]       File "examples/recipes/when_it_hangs/02_stuck_task.py", line 35 in <module>
    #> [3.14] kill -USR1 on the stuck asyncio task:
    #> [3.14]     Current thread 0x... [python] (most recent call first):
    #> [3.14]       File ".../selectors.py", line 452 in select
    #> [3.14]       File ".../asyncio/base_events.py", line 2026 in _run_once
    #> [3.14]       File ".../asyncio/base_events.py", line 678 in run_forever
    #> [3.14]       File ".../asyncio/base_events.py", line 707 in run_until_complete
    #> [3.14]       File ".../asyncio/runners.py", line 128 in run
    #> [3.14]       File ".../asyncio/runners.py", line 205 in run
    #> [3.14]       File "examples/recipes/when_it_hangs/02_stuck_task.py", line 35 in <module>
    #> [3.15] kill -USR1 on the stuck asyncio task:
    #> [3.15]     Current thread 0x... [python] (most recent call first):
    #> [3.15]       File ".../selectors.py", line 452 in select
    #> [3.15]       File ".../asyncio/base_events.py", line 2032 in _run_once
    #> [3.15]       File ".../asyncio/base_events.py", line 682 in run_forever
    #> [3.15]       File ".../asyncio/base_events.py", line 711 in run_until_complete
    #> [3.15]       File ".../asyncio/runners.py", line 128 in run
    #> [3.15]       File ".../asyncio/runners.py", line 205 in run
    #> [3.15]       File "examples/recipes/when_it_hangs/02_stuck_task.py", line 35 in <module>


if __name__ == "__main__":
    main()
