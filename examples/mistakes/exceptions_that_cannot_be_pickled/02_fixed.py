import pickle
import time
from concurrent.futures import ProcessPoolExecutor

URLS = ["/img/1.png", "/img/2.png", "/img/3.png"]


class FetchError(Exception):
    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, status)  # .args matches __init__: pickle can rebuild it
        self.url = url
        self.status = status

    def __str__(self) -> str:
        return f"{self.url}: HTTP {self.status}"


def fetch(url: str) -> str:
    if url == "/img/1.png":
        raise FetchError(url, 404)
    time.sleep(0.5)
    return url


def main() -> None:
    copy = pickle.loads(pickle.dumps(FetchError("/img/1.png", 404)))  # test it here
    print(f"survives pickling: {copy.status == 404}")
    #> survives pickling: True
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(fetch, url) for url in URLS]
        for url, future in zip(URLS, futures, strict=True):
            try:
                print(f"{url}: fetched {future.result()}")
                #> /img/2.png: fetched /img/2.png
                #> /img/3.png: fetched /img/3.png
            except FetchError as error:
                print(f"{url}: {type(error).__name__}: {error}, status {error.status}")
                #> /img/1.png: FetchError: /img/1.png: HTTP 404, status 404
                # the worker's traceback, as text, rides along as the cause
                print(f"  cause: {type(error.__cause__).__name__}")
                #>   cause: _RemoteTraceback


if __name__ == "__main__":
    main()
