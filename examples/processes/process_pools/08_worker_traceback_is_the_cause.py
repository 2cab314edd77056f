import traceback
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor


def parse_row(row: str) -> int:
    return int(row)  # raises ValueError for "n/a"


def failure(pool: Executor) -> BaseException:
    try:
        pool.submit(parse_row, "n/a").result()
    except ValueError as error:
        return error
    raise AssertionError("parse_row('n/a') did not fail")


def last_frame(error: BaseException) -> str:
    return traceback.extract_tb(error.__traceback__)[-1].name


def main() -> None:
    with ThreadPoolExecutor(max_workers=1) as threads:
        in_thread = failure(threads)
    with ProcessPoolExecutor(max_workers=1) as processes:
        in_process = failure(processes)
    for pool, error in (("thread pool", in_thread), ("process pool", in_process)):
        cause = type(error.__cause__).__name__
        print(f"{pool + ':':<13} last frame {last_frame(error)}, __cause__ {cause}")
        #> thread pool:  last frame parse_row, __cause__ NoneType
        #> process pool: last frame __get_result, __cause__ _RemoteTraceback
    # The worker's traceback crossed back as text, inside the __cause__.
    remote = str(in_process.__cause__).splitlines()
    frames = [line.split(", in ")[-1] for line in remote if ", in " in line]
    print(f"worker's frames, from the text: {frames}")
    #> worker's frames, from the text: ['_process_worker', 'parse_row']


if __name__ == "__main__":
    main()
