"""Every page in a real browser: it loads, asks no other host, axe finds no barrier.

Each page is loaded once, in the light scheme, and checked in both: axe runs every
rule in light, then the reader's system switches to dark and axe runs the colour
rules again on the same page, as a reader who switches sees it. One load instead of
three (a load check and an axe run per scheme) took this module from 192 page loads
to 64.
"""

from pathlib import Path

import pytest
from conftest import AXE, OpenPage, page_paths, playground_downloads
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.timeout(90)

PAGES = page_paths()
# Impacts that fail a page. "moderate" and "minor" findings are left to review.
BLOCKING_IMPACTS = {"serious", "critical"}
# The dark scheme changes colours only: the page's structure was checked in light.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Colours still fading from one scheme to the other would be measured half-way.
TRANSITIONS_DONE = """() => Promise.all(
  document.getAnimations()
    .filter((animation) => animation instanceof CSSTransition)
    .map((animation) => animation.finished.catch(() => null))
)"""


def test_every_built_page_is_visited(site_dir: Path) -> None:
    built = {
        path.relative_to(site_dir).as_posix().removesuffix("index.html")
        for path in site_dir.rglob("*.html")
        if path.relative_to(site_dir).parts[0] != "assets"
    }
    assert built == set(PAGES)


def serious_violations(page: Page, scheme: str) -> list[str]:
    """What axe finds that blocks a reader, in the scheme the page now wears."""
    expected = {"light": "default", "dark": "slate"}[scheme]
    # The theme's script sets the scheme; on a busy machine it may not have yet.
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
    page.evaluate(TRANSITIONS_DONE)
    options: dict[str, object] = {"resultTypes": ["violations"]}
    if scheme == "dark":
        options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
    results = page.evaluate("options => axe.run(document, options)", options)
    return [
        f"{scheme}: {violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}"
            for node in violation["nodes"][:10]
        )
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_alone_and_axe_finds_no_barrier_in_either_scheme(
    open_page: OpenPage, path: str
) -> None:
    visit = open_page(path, color_scheme="light")
    assert visit.status == 200
    assert visit.page.locator("h1").first.is_visible()
    assert not visit.problems(), "\n".join(visit.problems())
    # The playground's Python loads on the first press of Run, never before.
    assert not playground_downloads(visit), playground_downloads(visit)

    visit.page.add_script_tag(path=str(AXE))
    violations = serious_violations(visit.page, "light")
    visit.page.emulate_media(color_scheme="dark")
    violations += serious_violations(visit.page, "dark")
    assert not violations, "\n".join(violations)
    assert not visit.problems(), "\n".join(visit.problems())
