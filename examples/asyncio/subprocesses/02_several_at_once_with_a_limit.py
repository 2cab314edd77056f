import asyncio
import sys

# Each job runs this child with two arguments: a line to print and an exit code.
CHILD = """
import sys, time
time.sleep(0.2)  # stands in for the job's work
print(sys.argv[1])
sys.exit(int(sys.argv[2]))
"""
JOBS = {
    "lint": ["clean", "0"],
    "tests": ["1 failed", "1"],
    "docs": ["built", "0"],
    "types": ["2 errors", "2"],
    "build": ["wheel ready", "0"],
}
running = {"now": 0, "peak": 0}  # one thread: no other task runs between += and -=


async def run_job(name: str, limit: asyncio.Semaphore) -> tuple[list[str], int]:
    async with limit:  # waits here while the limit's children are running
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CHILD, *JOBS[name], stdout=asyncio.subprocess.PIPE
        )
        assert child.stdout is not None
        lines = [line.decode().rstrip() async for line in child.stdout]
        exit_code = await child.wait()  # the child has closed its output: it is done
        running["now"] -= 1
    return lines, exit_code


async def main() -> None:
    limit = asyncio.Semaphore(2)
    outcomes = await asyncio.gather(*(run_job(name, limit) for name in JOBS))
    for name, (lines, exit_code) in zip(JOBS, outcomes, strict=True):
        print(f"{name}: exit code {exit_code}, printed {lines}")
        #> lint: exit code 0, printed ['clean']
        #> tests: exit code 1, printed ['1 failed']
        #> docs: exit code 0, printed ['built']
        #> types: exit code 2, printed ['2 errors']
        #> build: exit code 0, printed ['wheel ready']
    print(f"children running at once: at most {running['peak']}")
    #> children running at once: at most 2


if __name__ == "__main__":
    asyncio.run(main())
