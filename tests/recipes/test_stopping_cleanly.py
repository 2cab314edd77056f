"""The stopping-cleanly recipes, stopped for real: a signal mid-batch, as users send it.

Each recipe runs as its own process in a new session, the way a shell runs a job. The
test waits until the recipe says its second round of jobs is in flight, sends the real
signal (Ctrl-C reaches the whole process group, as a terminal sends it; SIGTERM only
the parent, as `kill PID` or a supervisor sends it), then checks what a user would
notice: the results kept, the exit status, no traceback, and no process left behind.
"""

import contextlib
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RECIPES = ROOT / "examples" / "recipes" / "stopping_cleanly"
# The print recorder; it also sets OVERLAP_START_METHOD's default.
PRINT_LOG_HOOK = ROOT / "tools" / "examples" / "print_log"
SQUARES_0_TO_3 = "{0: 0, 1: 1, 2: 4, 3: 9}"

# recipe, the line it prints once the second round is in flight, the lines expected
# after the signal (with {signal} for the signal's name)
CASES = {
    "01_thread_pool.py": (
        "2 of 8 done",
        [
            "{signal}: finishing the jobs in flight, cancelling the rest",
            f"kept 4, cancelled 4: {SQUARES_0_TO_3}",
        ],
    ),
    "02_process_pool.py": (
        "job 3 handed out",
        [
            "{signal}: finishing the jobs in flight, starting no more",
            f"kept 4, never started 4: {SQUARES_0_TO_3}",
        ],
    ),
    "03_asyncio.py": (
        "2 of 8 done",
        [
            "{signal}: cancelled the tasks in flight and the rest",
            "kept 2, cancelled 6: {0: 0, 1: 1}",
        ],
    ),
}
SIGNALS = (signal.SIGINT, signal.SIGTERM)


def processes_in_session(session: int) -> list[str]:
    """'pid (name)' of every live process in the session, from /proc (Linux)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # ended while we looked
            continue
        name, fields = text.split(" (", 1)[1].rsplit(")", 1)
        state, _, _, sid = fields.split()[:4]
        if int(sid) == session and state != "Z":  # a zombie has already ended
            found.append(f"{stat.parent.name} ({name})")
    return found


def wait_for_line(pipe, text: str, timeout: float) -> list[str]:
    """Lines read from an unbuffered pipe until one contains `text` (or the timeout)."""
    deadline = time.monotonic() + timeout
    lines: list[str] = []
    while not lines or text not in lines[-1]:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([pipe], [], [], left)[0]:
            pytest.fail(f"no {text!r} within {timeout} s; read: {lines}")
        line = pipe.readline()
        if not line:
            pytest.fail(f"the recipe ended before {text!r}; read: {lines}")
        lines.append(line.decode().rstrip("\n"))
    return lines


def run_and_signal(
    recipe: str, signum: signal.Signals, start_method: str | None = None
) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run the recipe, send `signum` mid-batch; its output and the processes left."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("OVERLAP_PRINT_LOG", None)
    if start_method:
        env["OVERLAP_START_METHOD"] = start_method
        env["PYTHONPATH"] = os.pathsep.join([str(PRINT_LOG_HOOK), str(ROOT / "src")])
    child = subprocess.Popen(
        [sys.executable, str(RECIPES / recipe)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        start_new_session=True,
        env=env,
        cwd=ROOT,
    )
    try:
        in_flight, _ = CASES[recipe]
        before = wait_for_line(child.stdout, in_flight, timeout=30)
        time.sleep(0.05)  # well inside the second round of 0.3 s jobs
        if signum == signal.SIGINT:
            os.killpg(child.pid, signum)  # a terminal's Ctrl-C: the whole group
        else:
            child.send_signal(signum)  # kill PID: the parent only
        stdout, stderr = child.communicate(timeout=30)
        deadline = time.monotonic() + 3  # a forkserver sees its parent go, then exits
        while (left := processes_in_session(child.pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        completed = subprocess.CompletedProcess(
            child.args,
            child.returncode,
            "\n".join(before) + "\n" + stdout.decode(),
            stderr.decode(),
        )
        return completed, left
    finally:
        # Whatever happened, nothing this test started outlives it.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.kill()
        child.wait()


def check(
    completed: subprocess.CompletedProcess,
    left: list[str],
    recipe: str,
    signum: signal.Signals,
) -> None:
    _, expected = CASES[recipe]
    report = f"stdout:\n{completed.stdout}\nstderr:\n{completed.stderr}"
    after = completed.stdout.splitlines()[-len(expected) :]
    assert after == [line.replace("{signal}", signum.name) for line in expected], report
    # Killed by the signal itself: a shell shows 128 + N (130, 143).
    assert completed.returncode == -signum, report
    assert "Traceback" not in completed.stderr, report
    assert left == [], f"left running: {left}\n{report}"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
@pytest.mark.parametrize("recipe", ["01_thread_pool.py", "03_asyncio.py"])
def test_stops_cleanly(recipe: str, signum: signal.Signals) -> None:
    check(*run_and_signal(recipe, signum), recipe, signum)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("start_method", [None, "fork", "spawn", "forkserver"])
@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_process_pool_stops_cleanly(
    signum: signal.Signals, start_method: str | None
) -> None:
    recipe = "02_process_pool.py"
    check(*run_and_signal(recipe, signum, start_method), recipe, signum)
