import asyncio


async def handle_client(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    # One call per connection: read a line, answer a line, until the client leaves.
    while line := await reader.readline():  # b"" once the client has closed
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port: int, questions: list[str]) -> list[str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answers = []
    for question in questions:
        writer.write(f"{question}\n".encode())  # a newline ends each message
        await writer.drain()
        answer = await reader.readline()
        answers.append(answer.decode().rstrip("\n"))
    writer.close()  # the server's readline() now returns b""
    await writer.wait_closed()
    return answers


async def main() -> None:
    # Port 0: the operating system picks a free port; the server says which.
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:  # on leaving: stop listening, wait for the handlers
        answers = await asyncio.gather(
            ask(port, ["hello", "how are you?"]), ask(port, ["bye"])
        )
    for client, replies in enumerate(answers, start=1):
        print(f"client {client}: {replies}")
        #> client 1: ['HELLO', 'HOW ARE YOU?']
        #> client 2: ['BYE']


if __name__ == "__main__":
    asyncio.run(main())
