import subprocess
import sys
import tempfile
from pathlib import Path

# The pool runs at the top level of the script: no `if __name__ == "__main__":`.
UNGUARDED_SCRIPT = """\
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def square(number: int) -> int:
    return number * number


context = multiprocessing.get_context(sys.argv[1])  # the start method to use
with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
    print(list(pool.map(square, range(5))))
"""


def parent_error(stderr: str) -> str:
    # The last line of a traceback names the exception that ended the script.
    return stderr.strip().splitlines()[-1].split(":")[0].rsplit(".")[-1]


def bootstrap_error(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    start = lines.index("RuntimeError: ")  # raised in the process that imported it
    return [line.strip() for line in lines[start : start + 3]]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "squares.py")
        script.write_text(UNGUARDED_SCRIPT, encoding="utf-8")
        runs = {
            method: subprocess.run(
                [sys.executable, str(script), method],
                capture_output=True,
                text=True,
                timeout=60,  # a bound, in case a start method hangs instead
                check=False,
            )
            for method in ("fork", "spawn", "forkserver")
        }
    for method, run in runs.items():
        outcome = run.stdout.strip() or parent_error(run.stderr)
        print(f"{method + ':':<11} exit code {run.returncode}, {outcome}")
        #> fork:       exit code 0, [0, 1, 4, 9, 16]
        #> spawn:      exit code 1, BrokenProcessPool
        #> [3.12-3.13] forkserver: exit code 1, BrokenProcessPool
        #> [3.14] forkserver: exit code 1, ConnectionResetError
        #> [3.15] forkserver: exit code 1, BrokenProcessPool
    spawn_error = bootstrap_error(runs["spawn"].stderr)
    same = spawn_error == bootstrap_error(runs["forkserver"].stderr)
    print(f"in the new process (the same under forkserver: {same}):")
    #> in the new process (the same under forkserver: True):
    for line in spawn_error:
        print(f"    {line}")
        #>     RuntimeError:
        #>     An attempt has been made to start a new process before the
        #>     current process has finished its bootstrapping phase.


if __name__ == "__main__":
    main()
