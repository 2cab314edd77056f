import subprocess
import sys

# A whole program, run in a fresh interpreter so that we can watch it exit.
PROGRAM = """
import threading
import time

def slow_job():
    time.sleep(0.5)
    print("worker: finished")

threading.Thread(target=slow_job, daemon={daemon}).start()
print("main: reached the end of the program")
"""


def run_program(daemon: bool) -> list[str]:
    completed = subprocess.run(
        [sys.executable, "-c", PROGRAM.format(daemon=daemon)],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    return completed.stdout.splitlines()


for daemon in (False, True):
    print(f"daemon={daemon}: {run_program(daemon)}")
    #> daemon=False: ['main: reached the end of the program', 'worker: finished']
    #> daemon=True: ['main: reached the end of the program']
