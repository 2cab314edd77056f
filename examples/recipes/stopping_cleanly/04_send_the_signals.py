import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

# Each recipe, and the line it prints once the second round of jobs is in flight.
RECIPES = {
    "01_thread_pool.py": "2 of 8 done",
    "02_process_pool.py": "job 3 handed out",
    "03_asyncio.py": "2 of 8 done",
}


def processes_in_session(session: int) -> list[int]:
    """Live PIDs in the recipe's session (Linux /proc): its workers, orphaned or not."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        state, _, _, sid = fields[:4]  # the fields after the name
        if int(sid) == session and state != "Z":  # a zombie has already ended
            found.append(int(stat.parent.name))
    return found


def stop_mid_batch(recipe: str, in_flight: str, signum: signal.Signals) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name(recipe))],
        stdout=subprocess.PIPE,  # unbuffered bytes, so that select() sees every line
        bufsize=0,
        start_new_session=True,  # its own process group and session, like a job
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = b""
        while in_flight.encode() not in line:  # for at most 20 s
            if not select.select([child.stdout], [], [], 20)[0]:
                break
            line = child.stdout.readline()
        time.sleep(0.05)
        if signum == signal.SIGINT:
            os.killpg(child.pid, signum)  # Ctrl-C: the terminal signals the group
        else:
            child.send_signal(signum)  # kill PID, or a supervisor: the parent only
        output = child.communicate(timeout=20)[0].decode()
    finally:
        child.kill()  # only if it is still running (a bound for the suite)
        child.wait()
    for _ in range(40):  # a forkserver or resource tracker may take a moment
        left = processes_in_session(child.pid)
        if not left:
            break
        time.sleep(0.05)
    if child.returncode < 0:  # a shell shows 128 + N: 130 for SIGINT, 143 for SIGTERM
        status = f"killed by {signal.Signals(-child.returncode).name}"
    else:
        status = f"exit status {child.returncode}"
    after_the_signal = [
        line for line in output.splitlines() if "SIG" in line or "kept" in line
    ]
    return [*after_the_signal, status, f"processes left: {len(left)}"]


def main() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        for recipe, in_flight in RECIPES.items():
            lines = stop_mid_batch(recipe, in_flight, signum)
            print(f"{recipe}, {signum.name} mid-batch:", *lines, sep="\n    ")
            #> 01_thread_pool.py, SIGINT mid-batch:
            #>     SIGINT: finishing the jobs in flight, cancelling the rest
            #>     kept 4, cancelled 4: {0: 0, 1: 1, 2: 4, 3: 9}
            #>     killed by SIGINT
            #>     processes left: 0
            #> 02_process_pool.py, SIGINT mid-batch:
            #>     SIGINT: finishing the jobs in flight, starting no more
            #>     kept 4, never started 4: {0: 0, 1: 1, 2: 4, 3: 9}
            #>     killed by SIGINT
            #>     processes left: 0
            #> 03_asyncio.py, SIGINT mid-batch:
            #>     SIGINT: cancelled the tasks in flight and the rest
            #>     kept 2, cancelled 6: {0: 0, 1: 1}
            #>     killed by SIGINT
            #>     processes left: 0
            #> 01_thread_pool.py, SIGTERM mid-batch:
            #>     SIGTERM: finishing the jobs in flight, cancelling the rest
            #>     kept 4, cancelled 4: {0: 0, 1: 1, 2: 4, 3: 9}
            #>     killed by SIGTERM
            #>     processes left: 0
            #> 02_process_pool.py, SIGTERM mid-batch:
            #>     SIGTERM: finishing the jobs in flight, starting no more
            #>     kept 4, never started 4: {0: 0, 1: 1, 2: 4, 3: 9}
            #>     killed by SIGTERM
            #>     processes left: 0
            #> 03_asyncio.py, SIGTERM mid-batch:
            #>     SIGTERM: cancelled the tasks in flight and the rest
            #>     kept 2, cancelled 6: {0: 0, 1: 1}
            #>     killed by SIGTERM
            #>     processes left: 0


if __name__ == "__main__":
    main()
