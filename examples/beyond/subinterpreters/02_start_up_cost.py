import multiprocessing
import sys
import threading
import time


def do_nothing() -> None:
    pass


def start_a_thread() -> None:
    thread = threading.Thread(target=do_nothing)
    thread.start()
    thread.join()


def start_an_interpreter() -> None:
    from concurrent import interpreters  # new in Python 3.14

    interpreter = interpreters.create()
    interpreter.call(do_nothing)
    interpreter.close()


def start_a_process() -> None:
    # spawn, on every platform: like a subinterpreter, a fresh interpreter from scratch
    process = multiprocessing.get_context("spawn").Process(target=do_nothing)
    process.start()
    process.join()


def milliseconds_each(start_one, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        start_one()
    return (time.perf_counter() - start) / rounds * 1000


def main() -> None:
    if sys.version_info < (3, 14):
        print("concurrent.interpreters is new in Python 3.14: not in this Python")
        #> [3.12-3.13] concurrent.interpreters is new in Python 3.14: not in this Python
        return
    thread = milliseconds_each(start_a_thread, 200)
    interpreter = milliseconds_each(start_an_interpreter, 10)
    process = milliseconds_each(start_a_process, 10)
    print(f"start, run nothing, stop: thread {thread:.2f} ms")
    #> [3.14+] start, run nothing, stop: thread 0.08 ms
    print(f"subinterpreter {interpreter:.0f} ms, spawned process {process:.0f} ms")
    #> [3.14+] subinterpreter 12 ms, spawned process 42 ms
    print(f"subinterpreter over 10x a thread: {interpreter > 10 * thread}")
    #> [3.14+] subinterpreter over 10x a thread: True
    print(f"spawned process over a subinterpreter: {process > interpreter}")
    #> [3.14+] spawned process over a subinterpreter: True


if __name__ == "__main__":
    main()
