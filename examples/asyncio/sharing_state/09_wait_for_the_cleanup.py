import asyncio

log: list[str] = []


async def flush(buffer: list[str]) -> None:
    await asyncio.sleep(0.2)  # writing the buffer out takes a moment
    buffer.clear()  # written out
    log.append("flushed the buffer")


async def write_log(buffer: list[str]) -> None:
    try:
        while True:
            buffer.append("line")
            await asyncio.sleep(0.05)
    finally:
        log.append("write_log: cleaning up")
        async with asyncio.timeout(1.0):  # bounded: a stuck flush cannot hang exit
            await flush(buffer)


async def main() -> None:
    writer = asyncio.create_task(write_log([]))
    await asyncio.sleep(0.12)
    writer.cancel()
    # Whoever cancels waits for the cleanup, with a bound of its own.
    done, _ = await asyncio.wait([writer], timeout=2.0)
    log.append(f"writer finished cleaning up: {writer in done}")


if __name__ == "__main__":
    asyncio.run(main())
    for line in log:
        print(line)
        #> write_log: cleaning up
        #> flushed the buffer
        #> writer finished cleaning up: True
