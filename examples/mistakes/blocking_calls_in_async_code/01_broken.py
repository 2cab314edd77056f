import asyncio
import json
import os
import time
import urllib.request

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")


async def fetch_item_name(number: int) -> str:
    # urlopen() blocks, so the loop waits for this response before it can do anything
    with urllib.request.urlopen(f"{BASE_URL}/api/items/{number}", timeout=10) as reply:
        return json.load(reply)["name"]


async def main() -> None:
    start = time.perf_counter()
    names = await asyncio.gather(*(fetch_item_name(number) for number in range(1, 6)))
    elapsed = time.perf_counter() - start
    print(", ".join(names))
    #> Amber Satchel, Linen Teapot, Copper Lantern, Velvet Compass, Copper Kettle
    print(f"5 requests, 0.1 s each, in {elapsed:.1f} s")
    #> 5 requests, 0.1 s each, in 0.5 s


if __name__ == "__main__":
    asyncio.run(main())
