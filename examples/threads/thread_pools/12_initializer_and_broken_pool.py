import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

worker = threading.local()  # attributes set here are per worker thread
setups: list[str] = []
records: list[logging.LogRecord] = []


class KeepRecords(logging.Handler):  # the pool logs a failed initializer
    def emit(self, record: logging.LogRecord) -> None:
        records.append(record)


def open_connection(database: str) -> None:  # runs once in each new worker
    worker.connection = f"connection to {database}"
    setups.append(threading.current_thread().name)


def refuse(database: str) -> None:
    raise ConnectionError(f"{database}: connection refused")


def count_orders(day: int) -> str:
    return worker.connection  # made by the initializer, reused by every job


def main() -> None:
    with ThreadPoolExecutor(2, initializer=open_connection, initargs=("shop",)) as pool:
        used = set(pool.map(count_orders, range(6)))
    print(f"6 jobs used {used}, set up at most twice: {len(setups) <= 2}")
    #> 6 jobs used {'connection to shop'}, set up at most twice: True
    logging.getLogger("concurrent.futures").addHandler(KeepRecords())
    with ThreadPoolExecutor(2, initializer=refuse, initargs=("shop",)) as pool:
        try:
            pool.submit(count_orders, 1).result()
        except BrokenThreadPool as error:
            print(f"result(): {type(error).__name__}, {str(error).split(',')[0]}")
            #> result(): BrokenThreadPool, A thread initializer failed
        try:
            pool.submit(count_orders, 2)
        except BrokenThreadPool:
            print("submit() afterwards: BrokenThreadPool")
            #> submit() afterwards: BrokenThreadPool
    record = records[0]
    print(f"logged: {record.getMessage()} {record.exc_info[1]!r}")
    #> logged: Exception in initializer: ConnectionError('shop: connection refused')


if __name__ == "__main__":
    main()
