"""`make audit`, second part: how often a blind reader's search finds its page.

    python tests/browser/search_audit.py SITE_DIR [OUT_DIR]

Types every search of `search_blind.py` into the search box of the built site,
served on 127.0.0.1, in Debian's chromium; prints, for each set, the share that
puts a right page in the top three, and the misses. Writes the same to
OUT_DIR/search.txt (default `.audit/`).
"""

import sys
from pathlib import Path

from audit import ROOT, chromium
from conftest import CHROMIUM_ARGS, url_path
from playwright.sync_api import sync_playwright
from search_blind import BLIND_SETS
from test_browser_search import SEARCH_BOX, TOP, search

from tools.static_server import serve


def main() -> None:
    site = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / ".audit")
    out.mkdir(parents=True, exist_ok=True)
    summary, misses = [], []
    found_all = total = 0
    with serve(site) as site_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium(), args=CHROMIUM_ARGS
        )
        page = browser.new_page(base_url=site_url)
        page.goto("", wait_until="networkidle")
        page.locator(SEARCH_BOX).click()
        for name, cases in BLIND_SETS.items():
            found = 0
            for query, sources in cases:
                top = search(page, query)[:TOP]
                if {url_path(source) for source in sources} & set(top):
                    found += 1
                else:
                    misses.append(f"{name}: {query!r} -> {sources[0]}; top {top}")
            summary.append(
                f"{name:<8} {found:>4} of {len(cases)}  {found / len(cases):.1%}"
            )
            found_all += found
            total += len(cases)
        browser.close()
    summary.append(f"{'all':<8} {found_all:>4} of {total}  {found_all / total:.1%}")
    lines = [
        f"Blind reader searches with a right page in the top {TOP}:",
        *summary,
        "",
        "Misses:",
        *misses,
    ]
    print("\n".join(lines))
    (out / "search.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
