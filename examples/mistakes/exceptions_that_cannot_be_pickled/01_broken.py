import time
from concurrent.futures import ProcessPoolExecutor

URLS = ["/img/1.png", "/img/2.png", "/img/3.png"]


class FetchError(Exception):
    def __init__(self, url: str, status: int) -> None:
        super().__init__(f"{url}: HTTP {status}")  # .args is one string, not two
        self.url = url
        self.status = status


def fetch(url: str) -> str:
    if url == "/img/1.png":
        raise FetchError(url, 404)
    time.sleep(0.5)  # the other fetches are still running when it fails
    return url


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(fetch, url) for url in URLS]
        for url, future in zip(URLS, futures, strict=True):
            try:
                future.result()
            except Exception as error:  # not the FetchError that was raised
                print(f"{url}: {type(error).__name__}")
                #> /img/1.png: BrokenProcessPool
                #> /img/2.png: BrokenProcessPool
                #> /img/3.png: BrokenProcessPool
                remote = str(error.__cause__)  # the traceback from the pool
        try:
            pool.submit(fetch, "/img/4.png")
        except Exception as error:
            print(f"a new job: {type(error).__name__}")
            #> a new job: BrokenProcessPool
    print(remote.strip().splitlines()[-2])  # the line that says what failed
    #> TypeError: FetchError.__init__() missing 1 required positional argument: 'status'


if __name__ == "__main__":
    main()
