"""No page jumps while it loads on a phone: cumulative layout shift under 0.001.

Each page is opened at Lighthouse's phone size and the browser's own `layout-shift`
entries are added up, as Lighthouse's "cumulative layout shift" adds them up. A
shift of 0.26 took two chapters from 100 to 86 in Lighthouse; a reader sees the
text move under their thumb.

Every entry counts, also those flagged `hadRecentInput`: nobody touches the page
here, but Chrome flags the shifts of the first moments after the viewport is set,
which are the ones a page makes while it first lays out (Lighthouse counts them
too). One 40em stand-in height for every code block below the screen
(`content-visibility: auto`) shifted nine pages by 0.005-0.26 this way, and none
when the flag was honoured.
"""

import pytest
from conftest import new_context, page_paths
from playwright.sync_api import Browser

pytestmark = pytest.mark.timeout(60)

# Lighthouse's phone (its default "mobile" form factor, a Moto G Power).
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
# Lighthouse shows 0.001 as its smallest non-zero figure.
LARGEST_SHIFT = 0.001
# Each entry: its score and the elements that moved, named by tag and classes.
SHIFTS = """() => new Promise((resolve) => {
  const name = (node) => {
    const element = node && node.nodeType === 1 ? node : node && node.parentElement;
    if (!element) return "?";
    return [element.tagName.toLowerCase(), ...element.classList].join(".");
  };
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const moved = entry.sources.map((source) => name(source.node));
      shifts.push({ value: entry.value, moved });
    }
  }).observe({ type: "layout-shift", buffered: true });
  // A page shifts in its first frames: wait for three more, and a little over.
  const frame = (then) => requestAnimationFrame(() => then());
  frame(() => frame(() => frame(() => setTimeout(() => resolve(shifts), 100))));
})"""


@pytest.mark.parametrize("path", page_paths())
def test_page_does_not_shift_on_a_phone(
    browser: Browser, site_url: str, path: str
) -> None:
    context = new_context(browser, site_url, **PHONE)
    try:
        page = context.new_page()
        page.goto(path, wait_until="load")
        shifts = page.evaluate(SHIFTS)
    finally:
        context.close()
    total = sum(shift["value"] for shift in shifts)
    assert total < LARGEST_SHIFT, f"{path} shifts by {total:.4f}: " + "; ".join(
        f"{shift['value']:.4f} moving {', '.join(shift['moved'])}" for shift in shifts
    )
