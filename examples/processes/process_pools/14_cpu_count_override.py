import os
import subprocess
import sys

COUNTS = "import os; print(os.cpu_count(), os.process_cpu_count())"


def counts_in_child(*flags: str, **environment: str) -> str:
    run = subprocess.run(
        [sys.executable, *flags, "-c", COUNTS],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    cpu_count, process_cpu_count = run.stdout.split()
    return f"cpu_count() {cpu_count}, process_cpu_count() {process_cpu_count}"


def main() -> None:
    if sys.version_info < (3, 13):
        print("process_cpu_count() and -X cpu_count: need Python 3.13")
        #> [3.12] process_cpu_count() and -X cpu_count: need Python 3.13
        return
    # Python 3.13+: both counts, and so every pool's default size, overridden.
    print(f"python -X cpu_count=3:  {counts_in_child('-X', 'cpu_count=3')}")
    #> [3.13+] python -X cpu_count=3:  cpu_count() 3, process_cpu_count() 3
    print(f"PYTHON_CPU_COUNT=3:     {counts_in_child(PYTHON_CPU_COUNT='3')}")
    #> [3.13+] PYTHON_CPU_COUNT=3:     cpu_count() 3, process_cpu_count() 3


if __name__ == "__main__":
    main()
