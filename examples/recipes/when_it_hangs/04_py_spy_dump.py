import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
# py-spy installs next to the Python it was installed for (pip install py-spy).
PY_SPY = shutil.which("py-spy", path=Path(sys.executable).parent) or "py-spy"


def tidy(report: str) -> list[str]:
    """py-spy's report with PIDs, thread ids, paths and the patch version replaced."""
    report = re.sub(r"(Process|Thread) \d+", r"\1 <id>", report)
    report = report.replace(sys.executable, "python")
    report = report.replace(str(HERE.parents[2]) + "/", "")
    report = re.sub(r"Python v(3\.\d+)\.\d+ \(.*\)", r"Python v\1.x (...)", report)
    return [line.rstrip() for line in report.splitlines() if line.strip()]


def spy_on_stuck(program: str) -> list[str]:
    """Run a stuck program, wait until it says so, dump its stacks with py-spy."""
    child = subprocess.Popen(
        [sys.executable, str(HERE / program)], stdout=subprocess.PIPE, text=True
    )
    try:
        if select.select([child.stdout], [], [], 20)[0]:
            child.stdout.readline()  # "stuck: ..."
        spy = subprocess.run(
            [PY_SPY, "dump", "--pid", str(child.pid)],
            capture_output=True,
            text=True,
            timeout=20,
        )
    finally:
        child.kill()
        child.wait()
    return tidy(spy.stdout + spy.stderr)


def main() -> None:
    for program in ("01_deadlocked_threads.py", "02_stuck_task.py"):
        print(f"py-spy dump on {program}:", *spy_on_stuck(program), sep="\n    ")
        #> [3.12] py-spy dump on 01_deadlocked_threads.py:
        #> [3.12]     Process <id>: python examples/recipes/when_it_hangs/01_deadlocked_threads.py
        #> [3.12]     Python v3.12.x (...)
        #> [3.12]     Thread <id> (idle): "MainThread"
        #> [3.12]         Thread._wait_for_tstate_lock (threading.py:1167)
        #> [3.12]         Thread.join (threading.py:1147)
        #> [3.12]         main (01_deadlocked_threads.py:40)
        #> [3.12]         <module> (01_deadlocked_threads.py:48)
        #> [3.12]     Thread <id> (idle): "alice-to-bob"
        #> [3.12]         transfer (01_deadlocked_threads.py:16)
        #> [3.12]         Thread.run (threading.py:1010)
        #> [3.12]         Thread._bootstrap_inner (threading.py:1073)
        #> [3.12]         Thread._bootstrap (threading.py:1030)
        #> [3.12]     Thread <id> (idle): "bob-to-alice"
        #> [3.12]         transfer (01_deadlocked_threads.py:16)
        #> [3.12]         Thread.run (threading.py:1010)
        #> [3.12]         Thread._bootstrap_inner (threading.py:1073)
        #> [3.12]         Thread._bootstrap (threading.py:1030)
        #> [3.12] py-spy dump on 02_stuck_task.py:
        #> [3.12]     Process <id>: python examples/recipes/when_it_hangs/02_stuck_task.py
        #> [3.12]     Python v3.12.x (...)
        #> [3.12]     Thread <id> (idle): "MainThread"
        #> [3.12]         EpollSelector.select (selectors.py:468)
        #> [3.12]         BaseEventLoop._run_once (asyncio/base_events.py:1933)
        #> [3.12]         BaseEventLoop.run_forever (asyncio/base_events.py:638)
        #> [3.12]         BaseEventLoop.run_until_complete (asyncio/base_events.py:671)
        #> [3.12]         Runner.run (asyncio/runners.py:118)
        #> [3.12]         run (asyncio/runners.py:194)
        #> [3.12]         <module> (02_stuck_task.py:35)
        #> [3.13] py-spy dump on 01_deadlocked_threads.py:
        #> [3.13]     Process <id>: python examples/recipes/when_it_hangs/01_deadlocked_threads.py
        #> [3.13]     Python v3.13.x (...)
        #> [3.13]     Thread <id> (idle): "MainThread"
        #> [3.13]         Thread.join (threading.py:1092)
        #> [3.13]         main (01_deadlocked_threads.py:40)
        #> [3.13]         <module> (01_deadlocked_threads.py:48)
        #> [3.13]     Thread <id> (idle): "alice-to-bob"
        #> [3.13]         transfer (01_deadlocked_threads.py:16)
        #> [3.13]         Thread.run (threading.py:992)
        #> [3.13]         Thread._bootstrap_inner (threading.py:1041)
        #> [3.13]         Thread._bootstrap (threading.py:1012)
        #> [3.13]     Thread <id> (idle): "bob-to-alice"
        #> [3.13]         transfer (01_deadlocked_threads.py:16)
        #> [3.13]         Thread.run (threading.py:992)
        #> [3.13]         Thread._bootstrap_inner (threading.py:1041)
        #> [3.13]         Thread._bootstrap (threading.py:1012)
        #> [3.13] py-spy dump on 02_stuck_task.py:
        #> [3.13]     Process <id>: python examples/recipes/when_it_hangs/02_stuck_task.py
        #> [3.13]     Python v3.13.x (...)
        #> [3.13]     Thread <id> (idle): "MainThread"
        #> [3.13]         EpollSelector.select (selectors.py:452)
        #> [3.13]         BaseEventLoop._run_once (asyncio/base_events.py:1989)
        #> [3.13]         BaseEventLoop.run_forever (asyncio/base_events.py:679)
        #> [3.13]         BaseEventLoop.run_until_complete (asyncio/base_events.py:708)
        #> [3.13]         Runner.run (asyncio/runners.py:118)
        #> [3.13]         run (asyncio/runners.py:194)
        #> [3.13]         <module> (02_stuck_task.py:35)
        #> [3.14] py-spy dump on 01_deadlocked_threads.py:
        #> [3.14]     Process <id>: python examples/recipes/when_it_hangs/01_deadlocked_threads.py
        #> [3.14]     Python v3.14.x (...)
        #> [3.14]     Thread <id> (idle): "MainThread"
        #> [3.14]         Thread.join (threading.py:1134)
        #> [3.14]         main (01_deadlocked_threads.py:40)
        #> [3.14]         <module> (01_deadlocked_threads.py:48)
        #> [3.14]     Thread <id> (idle): "alice-to-bob"
        #> [3.14]         transfer (01_deadlocked_threads.py:16)
        #> [3.14]         Thread.run (threading.py:1025)
        #> [3.14]         Thread._bootstrap_inner (threading.py:1083)
        #> [3.14]         Thread._bootstrap (threading.py:1045)
        #> [3.14]     Thread <id> (idle): "bob-to-alice"
        #> [3.14]         transfer (01_deadlocked_threads.py:16)
        #> [3.14]         Thread.run (threading.py:1025)
        #> [3.14]         Thread._bootstrap_inner (threading.py:1083)
        #> [3.14]         Thread._bootstrap (threading.py:1045)
        #> [3.14] py-spy dump on 02_stuck_task.py:
        #> [3.14]     Process <id>: python examples/recipes/when_it_hangs/02_stuck_task.py
        #> [3.14]     Python v3.14.x (...)
        #> [3.14]     Thread <id> (idle): "MainThread"
        #> [3.14]         EpollSelector.select (selectors.py:452)
        #> [3.14]         BaseEventLoop._run_once (asyncio/base_events.py:2026)
        #> [3.14]         BaseEventLoop.run_forever (asyncio/base_events.py:678)
        #> [3.14]         BaseEventLoop.run_until_complete (asyncio/base_events.py:707)
        #> [3.14]         Runner.run (asyncio/runners.py:128)
        #> [3.14]         run (asyncio/runners.py:205)
        #> [3.14]         <module> (02_stuck_task.py:35)
        #> [3.15] py-spy dump on 01_deadlocked_threads.py:
        #> [3.15]     Process <id>: python examples/recipes/when_it_hangs/01_deadlocked_threads.py
        #> [3.15]     Python v3.15.x (...)
        #> [3.15]     Thread <id> (idle): "MainThread"
        #> [3.15]         Thread.join (threading.py:1270)
        #> [3.15]         main (01_deadlocked_threads.py:40)
        #> [3.15]         <module> (01_deadlocked_threads.py:48)
        #> [3.15]     Thread <id> (idle): "alice-to-bob"
        #> [3.15]         transfer (01_deadlocked_threads.py:16)
        #> [3.15]         Thread.run (threading.py:1161)
        #> [3.15]         Thread._bootstrap_inner (threading.py:1219)
        #> [3.15]         Thread._bootstrap (threading.py:1181)
        #> [3.15]     Thread <id> (idle): "bob-to-alice"
        #> [3.15]         transfer (01_deadlocked_threads.py:16)
        #> [3.15]         Thread.run (threading.py:1161)
        #> [3.15]         Thread._bootstrap_inner (threading.py:1219)
        #> [3.15]         Thread._bootstrap (threading.py:1181)
        #> [3.15] py-spy dump on 02_stuck_task.py:
        #> [3.15]     Process <id>: python examples/recipes/when_it_hangs/02_stuck_task.py
        #> [3.15]     Python v3.15.x (...)
        #> [3.15]     Thread <id> (idle): "MainThread"
        #> [3.15]         EpollSelector.select (selectors.py:452)
        #> [3.15]         BaseEventLoop._run_once (asyncio/base_events.py:2032)
        #> [3.15]         BaseEventLoop.run_forever (asyncio/base_events.py:682)
        #> [3.15]         BaseEventLoop.run_until_complete (asyncio/base_events.py:711)
        #> [3.15]         Runner.run (asyncio/runners.py:128)
        #> [3.15]         run (asyncio/runners.py:205)
        #> [3.15]         <module> (02_stuck_task.py:35)


if __name__ == "__main__":
    main()
