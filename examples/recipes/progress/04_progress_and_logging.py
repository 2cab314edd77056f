import contextlib
import io
import logging
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

BAR = "{desc}: {percentage:3.0f}%|{bar:10}| {n_fmt}/{total_fmt}"  # no timings
log = logging.getLogger("downloads")


def download(number: int) -> int:
    time.sleep(0.05 * number)  # they finish in order: 1, 2, 3, 4, 5
    if number == 3:
        raise ConnectionResetError("connection reset by peer")
    return number


def screen(written: str) -> list[str]:
    """What a terminal shows: each \\r returns to the start of the line."""
    lines = []
    for line in written.split("\n"):
        shown = ""
        for part in line.split("\r"):
            shown = part + shown[len(part) :]
        lines.append(shown.rstrip())
    return [line for line in lines if line]


def run_batch(redirect: bool) -> list[str]:
    terminal = io.StringIO()
    with contextlib.redirect_stderr(terminal):  # the "terminal" is a string here
        handler = logging.StreamHandler()  # writes to sys.stderr: the string here
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        log.handlers[:] = [handler]
        redirected = (
            logging_redirect_tqdm([log]) if redirect else contextlib.nullcontext()
        )
        with ThreadPoolExecutor(max_workers=2) as pool, redirected:
            futures = {pool.submit(download, n): n for n in range(1, 6)}
            with tqdm(total=5, desc="images", bar_format=BAR, mininterval=0) as bar:
                for future in as_completed(futures):
                    if future.exception():  # logged from the main thread
                        log.warning("image %d failed", futures[future])
                    bar.update()
    return screen(terminal.getvalue())


def main() -> None:
    print("plain logging:", *run_batch(redirect=False), sep="\n  ")
    #> plain logging:
    #>   images:  40%|####      | 2/5WARNING image 3 failed
    #>   images: 100%|##########| 5/5
    print("logging_redirect_tqdm:", *run_batch(redirect=True), sep="\n  ")
    #> logging_redirect_tqdm:
    #>   WARNING image 3 failed
    #>   images: 100%|##########| 5/5


if __name__ == "__main__":
    main()
