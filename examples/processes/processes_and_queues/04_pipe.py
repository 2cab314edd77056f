import multiprocessing
from multiprocessing import Process
from multiprocessing.connection import Connection


def square_server(conn: Connection) -> None:
    while (number := conn.recv()) is not None:  # None is the sentinel: stop
        conn.send(number * number)
    conn.close()


def main() -> None:
    parent_end, child_end = multiprocessing.Pipe()  # two ends, both ways by default
    worker = Process(target=square_server, args=(child_end,))
    worker.start()
    child_end.close()  # the worker has its own copy; ours would keep the pipe open
    replies = []
    for number in (2, 3, 4):
        parent_end.send(number)  # pickled, written to the pipe
        replies.append(parent_end.recv())  # blocks until the reply arrives
    print(f"replies: {replies}")
    #> replies: [4, 9, 16]
    print(f"anything else within 0.2 s: {parent_end.poll(0.2)}")  # poll() waits
    #> anything else within 0.2 s: False
    parent_end.send(None)
    worker.join(timeout=10)
    try:
        parent_end.recv()
    except EOFError:  # every copy of the other end is closed: nothing can come
        print(f"recv() after the worker exited: EOFError, exitcode {worker.exitcode}")
        #> recv() after the worker exited: EOFError, exitcode 0


if __name__ == "__main__":
    main()
