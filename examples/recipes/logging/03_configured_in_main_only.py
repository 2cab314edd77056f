import subprocess
import sys
import tempfile
from pathlib import Path

# Logging set up where most scripts set it up: under the guard, in the parent only.
BATCH = """\
import logging
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger("batch")


def square(item: int) -> int:
    log.info("squared %d", item)
    return item * item


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(processName)s: %(message)s")
    context = multiprocessing.get_context(sys.argv[1])  # the start method to use
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        print(list(pool.map(square, range(4))))
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "batch.py")
        script.write_text(BATCH, encoding="utf-8")
        for method in ("fork", "spawn", "forkserver"):
            run = subprocess.run(
                [sys.executable, str(script), method],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
            logged = [line for line in run.stderr.splitlines() if "squared" in line]
            results = run.stdout.strip()
            print(f"{method + ':':<11} results {results}, lines logged: {len(logged)}")
            #> fork:       results [0, 1, 4, 9], lines logged: 4
            #> spawn:      results [0, 1, 4, 9], lines logged: 0
            #> forkserver: results [0, 1, 4, 9], lines logged: 0


if __name__ == "__main__":
    main()
