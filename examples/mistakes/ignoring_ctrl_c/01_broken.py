import contextlib
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The usual batch: a pool in a `with` block, and nothing about signals.
BATCH = """\
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed


def job(item: int) -> int:
    time.sleep(0.3)
    return item * item


if __name__ == "__main__":
    pool_class = {"threads": ThreadPoolExecutor, "processes": ProcessPoolExecutor}
    with pool_class[sys.argv[1]](max_workers=2) as pool:
        futures = [pool.submit(job, item) for item in range(12)]
        for count, future in enumerate(as_completed(futures), start=1):
            print(f"{count} of 12 done", flush=True)
"""


def session_size(session: int) -> int:
    """How many live processes are in the session (Linux /proc)."""
    count = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):  # ended while we looked
            state, _, _, sid = stat.read_text().rsplit(")", 1)[1].split()[:4]
            count += int(sid) == session and state != "Z"  # a zombie has ended
    return count


def stop_mid_batch(script: Path, pool: str, signum: signal.Signals) -> None:
    child = subprocess.Popen(
        [sys.executable, str(script), pool],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        if select.select([child.stdout], [], [], 20)[0]:
            child.stdout.readline()  # "1 of 12 done"
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
    last_error = (child.communicate(timeout=20)[1].splitlines() or ["none"])[-1]
    killed_by = signal.Signals(-child.returncode).name
    print(
        f"{pool}, {signum.name} mid-batch:",
        f"ended {ended:.1f} s later, killed by {killed_by}",
        f"the rest of the batch ran first: {ended > 1.0}",
        f"last line on stderr: {last_error}",
        f"processes of the job still running 0.5 s later: {left > 0}",
        sep="\n    ",
    )
    #> threads, SIGINT mid-batch:
    #>     ended 1.5 s later, killed by SIGINT
    #>     the rest of the batch ran first: True
    #>     last line on stderr: KeyboardInterrupt
    #>     processes of the job still running 0.5 s later: False
    #> processes, SIGTERM mid-batch:
    #>     ended 0.0 s later, killed by SIGTERM
    #>     the rest of the batch ran first: False
    #>     last line on stderr: none
    #>     processes of the job still running 0.5 s later: True


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "batch.py")
        script.write_text(BATCH, encoding="utf-8")
        stop_mid_batch(script, "threads", signal.SIGINT)
        stop_mid_batch(script, "processes", signal.SIGTERM)


if __name__ == "__main__":
    main()
