import sys
import threading


def main() -> None:
    if sys.version_info < (3, 14):
        print("concurrent.interpreters is new in Python 3.14: not in this Python")
        #> [3.12-3.13] concurrent.interpreters is new in Python 3.14: not in this Python
        return
    from concurrent import interpreters

    queue = interpreters.create_queue()  # a queue any interpreter can use
    for value in [42, ("a", 1.5), {"total": 3}, threading.Lock()]:
        shareable = interpreters.is_shareable(value)
        try:
            queue.put(value)  # shareable: passed as is; otherwise pickled
            how = repr(queue.get()) + ("" if shareable else ", pickled")
        except interpreters.NotShareableError:
            how = "NotShareableError"
        print(f"{type(value).__name__:<5} shareable: {shareable!s:<5} queue: {how}")
        #> [3.14+] int   shareable: True  queue: 42
        #> [3.14+] tuple shareable: True  queue: ('a', 1.5)
        #> [3.14+] dict  shareable: False queue: {'total': 3}, pickled
        #> [3.14+] lock  shareable: False queue: NotShareableError

    pixels = bytearray(b"....")
    interpreter = interpreters.create()
    # prepare_main() takes shareable objects only: a memoryview shares its buffer
    interpreter.prepare_main(pixels=memoryview(pixels), results=queue)
    interpreter.exec("pixels[0] = ord('#')\nresults.put(len(pixels))")
    print(f"written by the other interpreter: {pixels}, it saw {queue.get()} bytes")
    #> [3.14+] written by the other interpreter: bytearray(b'#...'), it saw 4 bytes
    try:
        interpreter.prepare_main(settings={"size": 4})  # a dict is not shareable
    except interpreters.NotShareableError:
        print("prepare_main() with a dict: NotShareableError")
        #> [3.14+] prepare_main() with a dict: NotShareableError
    interpreter.close()


if __name__ == "__main__":
    main()
