import json
import os
import urllib.error
import urllib.request

BASE_URL = os.environ.get("OVERLAP_DEMO_URL", "http://127.0.0.1:8001")

for path in ["/api/items/7", "/api/items/0", "/images/3.png?dealy=1"]:
    try:
        with urllib.request.urlopen(BASE_URL + path, timeout=10) as response:
            item = json.load(response)
        print(response.status, item["name"])
        #> 200 Linen Teapot
    except urllib.error.HTTPError as error:
        print(error.code, json.load(error)["error"])
        #> 404 no item 0: item numbers are integers from 1 to 10000
        #> 400 unknown query parameter 'dealy': the only one is delay=SECONDS
