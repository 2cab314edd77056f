import asyncio

CHUNK = 4 * 1024  # bytes per write()
SENT = 16 * 1024 * 1024  # bytes per connection


async def slow_reader(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    while await reader.read(64 * 1024):
        await asyncio.sleep(0.002)  # stands in for work on each piece
    writer.close()
    await writer.wait_closed()


async def send(port: int, paced: bool) -> tuple[int, int]:
    """Send SENT bytes; return the buffer's high-water mark and its peak size."""
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    _, high = writer.transport.get_write_buffer_limits()
    peak = 0
    for _ in range(SENT // CHUNK):
        writer.write(bytes(CHUNK))  # never blocks: what the socket refuses is kept
        peak = max(peak, writer.transport.get_write_buffer_size())
        if paced:
            await writer.drain()  # waits while the buffer is above the high-water mark
    writer.close()  # sends what is left, then closes
    await writer.wait_closed()
    return high, peak


async def main() -> None:
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        high, paced = await send(port, paced=True)
        _, unpaced = await send(port, paced=False)
    print(f"sent {SENT // 2**20} MiB in {CHUNK // 1024} KiB writes to a slow reader")
    #> sent 16 MiB in 4 KiB writes to a slow reader
    print(f"high-water mark: {high // 1024} KiB")
    #> high-water mark: 64 KiB
    print(f"with drain():    the buffer peaked at {paced / SENT:.1%} of it")
    #> with drain():    the buffer peaked at 0.4% of it
    print(f"without drain(): the buffer peaked at {unpaced / SENT:.1%} of it")
    #> without drain(): the buffer peaked at 76.8% of it
    print("bounded:", paced <= high + CHUNK)  # over the mark by one write at most
    #> bounded: True
    print("grew with what was sent:", unpaced > SENT / 2)
    #> grew with what was sent: True


if __name__ == "__main__":
    asyncio.run(main())
