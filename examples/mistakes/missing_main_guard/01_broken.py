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


def line_with(text: str, words: str) -> str:
    return next(line.strip() for line in text.splitlines() if words in line)


def worker_error(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    start = lines.index("RuntimeError: ")  # raised in the new worker process
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
        outcome = run.stdout.strip() or line_with(run.stderr, "Broken").split(":")[0]
        print(f"{method + ':':<11} exit code {run.returncode}, {outcome}")
        #> fork:       exit code 0, [0, 1, 4, 9, 16]
        #> spawn:      exit code 1, concurrent.futures.process.BrokenProcessPool
        #> forkserver: exit code 1, concurrent.futures.process.BrokenProcessPool
    spawn_error = worker_error(runs["spawn"].stderr)
    same = spawn_error == worker_error(runs["forkserver"].stderr)
    print(f"in the worker (the same under forkserver: {same}):")
    #> in the worker (the same under forkserver: True):
    for line in spawn_error:
        print(f"    {line}")
        #>     RuntimeError:
        #>     An attempt has been made to start a new process before the
        #>     current process has finished its bootstrapping phase.


if __name__ == "__main__":
    main()
