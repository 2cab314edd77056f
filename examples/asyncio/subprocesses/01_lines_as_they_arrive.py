import asyncio
import sys
import time

# The child: three steps, 0.2 s apart, each announced on its standard output.
# flush=True: a child writing to a pipe would otherwise keep its lines in a buffer.
CHILD = """
import time
for step in ("download", "unpack", "install"):
    print(step, flush=True)
    time.sleep(0.2)
"""


async def main() -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None  # a StreamReader, because of stdout=PIPE
    arrivals, first = [], None
    async for line in child.stdout:  # one line at a time, as the child writes it
        now = time.perf_counter()
        first = first or now
        running = child.returncode is None
        arrivals.append(f"{line.decode().rstrip()} at +{now - first:.1f} s, {running=}")
    exit_code = await child.wait()
    for entry in arrivals:
        print(entry)
        #> download at +0.0 s, running=True
        #> unpack at +0.2 s, running=True
        #> install at +0.4 s, running=True
    print("exit code:", exit_code)
    #> exit code: 0


if __name__ == "__main__":
    asyncio.run(main())
