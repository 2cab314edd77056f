import re
import subprocess
import sys

# Two programs that fork while a second thread is running (POSIX only): one calls
# os.fork() itself, the other starts a process with multiprocessing's "fork".
START = """\
import multiprocessing
import os
import threading
import time

helper = threading.Thread(target=time.sleep, args=(0.5,))
helper.start()
"""
FORK_IN_MAIN = START + "child = os.fork()\nos._exit(0) if child == 0 else os.wait()\n"
FORK_IN_LIBRARY = START + """\
if __name__ == "__main__":
    child = multiprocessing.get_context("fork").Process(target=time.sleep, args=(0,))
    child.start()
    child.join()
"""


def warnings_seen(program: str, *flags: str) -> str:
    run = subprocess.run(
        [sys.executable, *flags, "-c", program],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return ", ".join(re.findall(r": (\w+Warning): ", run.stderr)) or "nothing"


def main() -> None:
    print(f"os.fork() in the script:   {warnings_seen(FORK_IN_MAIN)}")
    #> os.fork() in the script:   DeprecationWarning
    for flags in ((), ("-W", "default"), ("-X", "dev")):
        shown = warnings_seen(FORK_IN_LIBRARY, *flags)
        print(f"fork by multiprocessing, python {' '.join(flags):<10} {shown}")
        #> fork by multiprocessing, python            nothing
        #> fork by multiprocessing, python -W default DeprecationWarning
        #> fork by multiprocessing, python -X dev     DeprecationWarning


if __name__ == "__main__":
    main()
