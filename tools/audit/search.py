"""How often a blind reader's search finds its page, typed into the built site.

Types every search of `blind_searches.py` into the site's search box in Debian's
chromium and counts, for each set, the searches that put a right page in the top
three. The browser test of search (`tests/browser/test_browser_search.py`) types
its own searches the same way, with `search()`.
"""

from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from tools.audit.blind_searches import BLIND_SETS
from tools.chromium import CHROMIUM_ARGS

TOP = 3
SEARCH_BOX = "input.md-search__input"
RESULT_META = ".md-search-result__meta"
# What Material shows before the index is ready, and with an empty box.
NOT_ANSWERED = ("Initializing search", "Type to start searching")


def search(page: Page, query: str) -> list[str]:
    """Type `query` into the search box; the pages of the results, best first."""
    box = page.locator(SEARCH_BOX)
    meta = f"document.querySelector({RESULT_META!r}).textContent.trim()"
    box.press("ControlOrMeta+a")
    box.press("Backspace")
    page.wait_for_function(f"{meta} === {NOT_ANSWERED[1]!r}")
    # Material searches on each key press. Putting in all but the last character
    # at once, then typing that one, makes a single search: the results that
    # appear next are those of the whole query, not of a prefix still in flight.
    box.fill(query[:-1])
    box.press_sequentially(query[-1])
    page.wait_for_function(f"!{list(NOT_ANSWERED)!r}.includes({meta})")
    links = page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link:first-child",
        "links => links.map(link => new URL(link.href).pathname)",
    )
    return [link.removeprefix("/") for link in links]


def url_path(source: str) -> str:
    """The URL path of a page under `docs/` (`a/b.md`: `a/b/`, `index.md`: ``)."""
    relative = Path(source).with_suffix("")
    if relative.name == "index":
        relative = relative.parent
    return "" if relative == Path() else relative.as_posix() + "/"


def blind_searches(site_url: str, chromium: str) -> tuple[dict, list[str]]:
    """Per set, `found` and `searches`; and a line for each miss."""
    figures, misses = {}, []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS
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
            figures[name] = {"found": found, "searches": len(cases)}
        browser.close()
    return figures, misses
