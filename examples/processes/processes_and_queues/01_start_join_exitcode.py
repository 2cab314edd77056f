import multiprocessing
import signal
import time


def succeed() -> None:
    time.sleep(0.1)


def fail() -> None:
    raise ValueError("bad input")  # uncaught: traceback to stderr, exit code 1


def hang() -> None:
    time.sleep(60)  # stopped long before this ends


def main() -> None:
    workers = {
        name: multiprocessing.Process(target=target, name=name)
        for name, target in [("succeed", succeed), ("fail", fail), ("hang", hang)]
    }
    for worker in workers.values():
        worker.start()  # a new process; start() returns at once
    print(f"before join(): exitcode of 'succeed' = {workers['succeed'].exitcode}")
    #> before join(): exitcode of 'succeed' = None
    workers["succeed"].join()
    workers["fail"].join()
    workers["hang"].join(timeout=0.5)  # gives up after 0.5 s; the process runs on
    print(f"after join(timeout=0.5): 'hang' alive = {workers['hang'].is_alive()}")
    #> after join(timeout=0.5): 'hang' alive = True
    workers["hang"].kill()  # SIGKILL on POSIX
    workers["hang"].join()
    for name, worker in workers.items():
        print(f"{name:<8} exitcode {worker.exitcode}")
        #> succeed  exitcode 0
        #> fail     exitcode 1
        #> hang     exitcode -9
    print(f"killed by: {signal.Signals(-workers['hang'].exitcode).name}")
    #> killed by: SIGKILL


if __name__ == "__main__":
    main()
