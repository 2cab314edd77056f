import os
import re
import subprocess
import sys

FOLDER = "examples/recipes/testing"  # run from the root of the repository
OUTCOME = re.compile(r"^(\S+::\S+) ((?:PARALLEL )?(?:PASSED|FAILED))")


def main() -> None:
    # Wide lines, so that no failure reason is cut; no settings of a pytest that
    # may be running this script.
    env = {key: value for key, value in os.environ.items() if "PYTEST" not in key}
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider"],
        cwd=FOLDER,  # pytest finds the folder's own pyproject.toml there
        capture_output=True,
        text=True,
        timeout=60,
        env=env | {"COLUMNS": "200"},
    )
    report = completed.stdout.splitlines()
    # Print what does not change from run to run: each test's outcome, why each
    # failure failed, and the summary without its time.
    for outcome in filter(None, map(OUTCOME.match, report)):
        print(*outcome.groups())
        #> test_async.py::test_results_in_input_order[asyncio] PASSED
        #> test_async.py::test_results_in_input_order[trio] PASSED
        #> test_async.py::test_cancelled_batch_closes_everything[asyncio] PASSED
        #> test_async.py::test_cancelled_batch_closes_everything[trio] PASSED
        #> test_async.py::test_deadline_raises_timeout_error[asyncio] PASSED
        #> test_async.py::test_deadline_raises_timeout_error[trio] PASSED
        #> test_parallel.py::test_ids_are_unique PARALLEL PASSED
        #> test_race.py::test_two_deposits_at_once[without_lock] FAILED
        #> test_race.py::test_two_deposits_at_once[with_lock] PASSED
        #> test_time_limit.py::test_a_wait_that_never_ends FAILED
        #> test_time_limit.py::test_a_wait_with_its_own_timeout PASSED
        #> test_timing.py::test_exact_time FAILED
        #> test_timing.py::test_time_within_a_tolerance PASSED
    failures = [line for line in report if line.startswith("FAILED ")]
    for failure in failures:  # "FAILED file.py::test_name - reason"
        name, _, reason = failure.partition("::")[2].partition(" - ")
        print(f"{name}: {re.sub(r'0\.\d{4,}', '...', reason)}")  # a time: varies
        #> test_two_deposits_at_once[without_lock]: assert 10 == 20
        #> test_a_wait_that_never_ends: Failed: Timeout (>1.0s) from pytest-timeout.
        #> test_exact_time: assert ... == 0.2
    summary = re.sub(r",? \d+ warnings?| in [\d.]+s", "", report[-1])
    print(summary.strip("= "))
    #> 3 failed, 10 passed
    print("exit status:", completed.returncode)
    #> exit status: 1


if __name__ == "__main__":
    main()
