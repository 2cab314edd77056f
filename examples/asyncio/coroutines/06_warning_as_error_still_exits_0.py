import subprocess
import sys
import tempfile
from pathlib import Path

# A script and a test that both forget an await.
FORGETFUL_CODE = """\
import asyncio


async def save_order() -> None:
    await asyncio.sleep(0)


async def main() -> None:
    save_order()  # never awaited


def test_save_order() -> None:
    asyncio.run(main())


if __name__ == "__main__":
    asyncio.run(main())
"""
IGNORED = "Exception ignored"


def run(*arguments: str, folder: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "test_orders.py").write_text(FORGETFUL_CODE, encoding="utf-8")
        script = run("-W", "error::RuntimeWarning", "test_orders.py", folder=folder)
        under_pytest = run(
            "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error",
            "test_orders.py", folder=folder,
        )  # fmt: skip
    print(f"python -W error::RuntimeWarning: exit code {script.returncode}")
    #> python -W error::RuntimeWarning: exit code 0
    # From a finalizer, an exception can only be reported ("ignored"), not raised.
    print(f"  stderr starts {IGNORED!r}: {script.stderr.startswith(IGNORED)}")
    #>   stderr starts 'Exception ignored': True
    print(f"  stderr: {script.stderr.splitlines()[-1]}")
    #>   stderr: RuntimeWarning: coroutine 'save_order' was never awaited
    print(f"pytest -W error:                 exit code {under_pytest.returncode}")
    #> pytest -W error:                 exit code 1
    print(f"  {under_pytest.stdout.strip().splitlines()[-1].split(' in ')[0]}")
    #>   1 failed


if __name__ == "__main__":
    main()
