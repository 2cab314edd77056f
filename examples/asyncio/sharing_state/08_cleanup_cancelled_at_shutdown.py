import asyncio

log: list[str] = []


async def flush(buffer: list[str]) -> None:
    try:
        await asyncio.sleep(0.2)  # writing the buffer out takes a moment
        buffer.clear()  # written out
        log.append("flushed the buffer")
    except asyncio.CancelledError:
        log.append("flush interrupted: the buffer is lost")
        raise


async def write_log(buffer: list[str], shielded: bool) -> None:
    try:
        while True:
            buffer.append("line")
            await asyncio.sleep(0.05)
    finally:  # cleanup that awaits
        log.append(f"write_log(shielded={shielded}): cleaning up")
        await (asyncio.shield(flush(buffer)) if shielded else flush(buffer))


async def main() -> None:
    writers = [asyncio.create_task(write_log([], shielded=s)) for s in (False, True)]
    await asyncio.sleep(0.12)
    for writer in writers:
        writer.cancel()
    await asyncio.sleep(0)  # each writer starts its cleanup, then main returns


if __name__ == "__main__":
    asyncio.run(main())  # cancels every task still running, shielded ones too
    for line in log:
        print(line)
        #> write_log(shielded=False): cleaning up
        #> write_log(shielded=True): cleaning up
        #> flush interrupted: the buffer is lost
        #> flush interrupted: the buffer is lost
