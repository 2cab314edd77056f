import os
from concurrent.futures import ProcessPoolExecutor

WORDS = ["process", "pool", "executor", "pickle"]


def count_vowels(word: str) -> int:
    if not word:
        raise ValueError("no word to count")
    return sum(letter in "aeiou" for letter in word)


def worker_pid(job: int) -> int:
    return os.getpid()


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        future = pool.submit(count_vowels, "concurrency")  # a Future, as with threads
        print(f"submit(): {future.result()} vowels")
        #> submit(): 3 vowels
        print(f"map():    {list(pool.map(count_vowels, WORDS))}")  # input order
        #> map():    [2, 2, 4, 2]
        try:
            pool.submit(count_vowels, "").result()
        except ValueError as error:  # raised in the worker, raised again here
            print(f"result() raised ValueError: {error}")
            #> result() raised ValueError: no word to count
        pids = set(pool.map(worker_pid, range(8)))
    print(f"the jobs ran in this process: {os.getpid() in pids}")
    #> the jobs ran in this process: False


if __name__ == "__main__":
    main()
