import time


def read_settings() -> dict[str, int]:
    return {"retries": 3}


def fetch_prices() -> list[float]:
    time.sleep(0.5)  # stands in for a slow network call
    return [101.5, 99.0, 102.25]


def render_page() -> str:
    return "<h1>Prices</h1>"


for step in (read_settings, fetch_prices, render_page):
    start = time.perf_counter()
    step()
    elapsed = time.perf_counter() - start
    print(f"{step.__name__}: {elapsed:.1f} s")
    #> read_settings: 0.0 s
    #> fetch_prices: 0.5 s
    #> render_page: 0.0 s
