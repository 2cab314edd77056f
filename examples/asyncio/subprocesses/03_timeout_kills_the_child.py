import asyncio
import os
import sys
import time


def exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 sends nothing: it only checks that the pid exists
    except ProcessLookupError:
        return False
    return True


async def main() -> None:
    start = time.perf_counter()
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import time; time.sleep(30)"  # a job that hangs
    )
    try:
        async with asyncio.timeout(0.5):
            await child.wait()
    except TimeoutError:
        # The timeout cancelled our wait, not the child.
        print("after the timeout, child still running:", child.returncode is None)
        #> after the timeout, child still running: True
        child.kill()  # SIGKILL on Unix, TerminateProcess on Windows
        await child.wait()  # collect its exit status, so no zombie is left behind
    print(f"stopped after {time.perf_counter() - start:.1f} s")
    #> stopped after 0.5 s
    print("exit code:", child.returncode)  # minus the signal's number on Unix
    #> exit code: -9
    print("child process exists:", exists(child.pid))
    #> child process exists: False


if __name__ == "__main__":
    asyncio.run(main())
