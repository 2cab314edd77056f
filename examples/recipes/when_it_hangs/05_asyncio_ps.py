import re
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
STUCK = HERE / "02_stuck_task.py"


def same_width(replacement: str) -> Callable[[re.Match], str]:
    """Replace a match, padded to its width, so that the table's columns stay put."""
    return lambda match: replacement.ljust(len(match.group()))


def tidy(report: str) -> list[str]:
    """The report with task addresses, thread ids and paths replaced."""
    report = re.sub(r"0x[0-9a-f]{2,}", same_width("0x..."), report)  # an address
    report = re.sub(r"^\d+ +", same_width("<tid>"), report, flags=re.MULTILINE)
    report = report.replace(str(HERE.parents[2]) + "/", "")
    report = re.sub(r"/\S+/(asyncio/\w+\.py)", r"...\1", report)  # the stdlib's
    return [line.rstrip() for line in report.splitlines() if line.strip()]


def main() -> None:
    if sys.version_info < (3, 14):
        version = f"{sys.version_info[0]}.{sys.version_info[1]}"
        print(f"python -m asyncio ps and pstree need Python 3.14; this is {version}")
        #> [3.12] python -m asyncio ps and pstree need Python 3.14; this is 3.12
        #> [3.13] python -m asyncio ps and pstree need Python 3.14; this is 3.13
        return
    child = subprocess.Popen([sys.executable, str(STUCK)], stdout=subprocess.PIPE)
    try:
        if select.select([child.stdout], [], [], 20)[0]:
            child.stdout.readline()  # "stuck: ..."
        for command in ("ps", "pstree"):
            tool = subprocess.run(
                [sys.executable, "-m", "asyncio", command, str(child.pid)],
                capture_output=True,
                text=True,
                timeout=20,
            )
            print(
                f"python -m asyncio {command} <pid>:",
                *tidy(tool.stdout + tool.stderr),
                sep="\n    ",
            )
            #> [3.14] python -m asyncio ps <pid>:
            #> [3.14]     tid        task id              task name            coroutine stack                                    awaiter chain                                      awaiter name    awaiter id
            #> [3.14]     ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
            #> [3.14]     <tid>      0x...                Task-1               TaskGroup._aexit -> TaskGroup.__aexit__ -> fetch_all -> main                                                                    0x0
            #> [3.14]     <tid>      0x...                fetch-second         Event.wait -> fetch                                TaskGroup._aexit -> TaskGroup.__aexit__ -> fetch_all -> main Task-1          0x...
            #> [3.14] python -m asyncio pstree <pid>:
            #> [3.14]     └── (T) Task-1
            #> [3.14]         └──  main examples/recipes/when_it_hangs/02_stuck_task.py:27
            #> [3.14]             └──  fetch_all examples/recipes/when_it_hangs/02_stuck_task.py:16
            #> [3.14]                 └──  TaskGroup.__aexit__ ...asyncio/taskgroups.py:72
            #> [3.14]                     └──  TaskGroup._aexit ...asyncio/taskgroups.py:121
            #> [3.14]                         └── (T) fetch-second
            #> [3.14]                             └──  fetch examples/recipes/when_it_hangs/02_stuck_task.py:9
            #> [3.14]                                 └──  Event.wait ...asyncio/locks.py:213
            #> [3.15] python -m asyncio ps <pid>:
            #> [3.15]     tid        task id              task name            coroutine stack                                    awaiter chain                                      awaiter name    awaiter id
            #> [3.15]     ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
            #> [3.15]     <tid>      0x...                Task-1               TaskGroup._aexit -> TaskGroup.__aexit__ -> fetch_all -> main                                                                    0x0
            #> [3.15]     <tid>      0x...                fetch-second         Event.wait -> fetch                                TaskGroup._aexit -> TaskGroup.__aexit__ -> fetch_all -> main Task-1          0x...
            #> [3.15] python -m asyncio pstree <pid>:
            #> [3.15]     └── (T) Task-1
            #> [3.15]         └──  main examples/recipes/when_it_hangs/02_stuck_task.py:27
            #> [3.15]             └──  fetch_all examples/recipes/when_it_hangs/02_stuck_task.py:16
            #> [3.15]                 └──  TaskGroup.__aexit__ ...asyncio/taskgroups.py:75
            #> [3.15]                     └──  TaskGroup._aexit ...asyncio/taskgroups.py:125
            #> [3.15]                         └── (T) fetch-second
            #> [3.15]                             └──  fetch examples/recipes/when_it_hangs/02_stuck_task.py:9
            #> [3.15]                                 └──  Event.wait ...asyncio/locks.py:213
    finally:
        child.kill()
        child.wait()


if __name__ == "__main__":
    main()
