import contextlib
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

# The recipes: a handler for SIGINT and SIGTERM that cancels what has not started,
# waits for what is in flight, keeps the results and ends killed by the signal.
RECIPES = Path(__file__).parents[2] / "recipes" / "stopping_cleanly"
SCRIPTS = {"threads": "01_thread_pool.py", "processes": "02_process_pool.py"}
# The lines each prints before its second round of jobs is in flight.
LINES_BEFORE = {"threads": 2, "processes": 4}  # "2 of 8 done", "job 3 handed out"


def session_size(session: int) -> int:
    """How many live processes are in the session (Linux /proc)."""
    count = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):  # ended while we looked
            state, _, _, sid = stat.read_text().rsplit(")", 1)[1].split()[:4]
            count += int(sid) == session and state != "Z"  # a zombie has ended
    return count


def stop_mid_batch(pool: str, signum: signal.Signals) -> None:
    child = subprocess.Popen(
        [sys.executable, str(RECIPES / SCRIPTS[pool])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # unbuffered bytes, so that select() sees every line
        start_new_session=True,
    )
    try:
        for _ in range(LINES_BEFORE[pool]):
            if select.select([child.stdout], [], [], 20)[0]:
                child.stdout.readline()
        time.sleep(0.05)
        signalled = time.perf_counter()
        if signum == signal.SIGINT:
            os.killpg(child.pid, signum)  # Ctrl-C: the terminal signals the group
        else:
            child.send_signal(signum)  # kill PID: the parent only
        child.wait(timeout=20)
        ended = time.perf_counter() - signalled
        time.sleep(0.5)
        left = session_size(child.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):  # the demonstration cleans up
            os.killpg(child.pid, signal.SIGKILL)
    output, errors = (text.decode() for text in child.communicate(timeout=20))
    killed_by = signal.Signals(-child.returncode).name
    print(
        f"{pool}, {signum.name} mid-batch:",
        f"ended {ended:.1f} s later, killed by {killed_by}",
        f"the rest of the batch ran first: {ended > 1.0}",
        f"last line on stdout: {output.splitlines()[-1]}",
        f"stderr: {errors or 'empty'}",
        f"processes of the job still running 0.5 s later: {left > 0}",
        sep="\n    ",
    )
    #> threads, SIGINT mid-batch:
    #>     ended 0.3 s later, killed by SIGINT
    #>     the rest of the batch ran first: False
    #>     last line on stdout: kept 4, cancelled 4: {0: 0, 1: 1, 2: 4, 3: 9}
    #>     stderr: empty
    #>     processes of the job still running 0.5 s later: False
    #> processes, SIGTERM mid-batch:
    #>     ended 0.3 s later, killed by SIGTERM
    #>     the rest of the batch ran first: False
    #>     last line on stdout: kept 4, never started 4: {0: 0, 1: 1, 2: 4, 3: 9}
    #>     stderr: empty
    #>     processes of the job still running 0.5 s later: False


def main() -> None:
    stop_mid_batch("threads", signal.SIGINT)
    stop_mid_batch("processes", signal.SIGTERM)


if __name__ == "__main__":
    main()
