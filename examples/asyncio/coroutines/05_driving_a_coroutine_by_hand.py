import types
from collections.abc import Coroutine, Generator


def ask_name_generator() -> Generator[str, str, str]:
    name = yield "what is your name?"  # pauses here, hands the question out
    return f"hello, {name}"


@types.coroutine
def ask(question: str) -> Generator[str, str, str]:
    answer = yield question  # the one real pause, like awaiting an asyncio Future
    return answer


async def ask_name_coroutine() -> str:
    name = await ask("what is your name?")
    return f"hello, {name}"


def drive(resumable: Generator[str, str, str] | Coroutine[str, str, str]) -> str:
    question = resumable.send(None)  # runs the body up to its first pause
    try:
        resumable.send("Ada")  # resumes it: "Ada" becomes the paused yield's value
    except StopIteration as finished:  # how a generator or coroutine returns
        return f"{type(resumable).__name__}: {question!r} -> {finished.value!r}"
    return "still paused"


def main() -> None:
    print(drive(ask_name_generator()))
    #> generator: 'what is your name?' -> 'hello, Ada'
    print(drive(ask_name_coroutine()))
    #> coroutine: 'what is your name?' -> 'hello, Ada'


if __name__ == "__main__":
    main()
