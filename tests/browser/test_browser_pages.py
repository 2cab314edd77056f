"""Every page in a real browser: it loads, asks no other host, axe finds no barrier."""

from pathlib import Path

import pytest
from conftest import AXE, OpenPage, page_paths, playground_downloads
from playwright.sync_api import expect

pytestmark = pytest.mark.timeout(90)

PAGES = page_paths()
# Impacts that fail a page. "moderate" and "minor" findings are left to review.
BLOCKING_IMPACTS = {"serious", "critical"}
# The dark scheme changes colours only: the page's structure was checked in light.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def test_every_built_page_is_visited(site_dir: Path) -> None:
    built = {
        path.relative_to(site_dir).as_posix().removesuffix("index.html")
        for path in site_dir.rglob("*.html")
        if path.relative_to(site_dir).parts[0] != "assets"
    }
    assert built == set(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_with_nothing_from_other_hosts_and_no_console_error(
    open_page: OpenPage, path: str
) -> None:
    visit = open_page(path)
    assert visit.status == 200
    assert visit.page.locator("h1").first.is_visible()
    assert not visit.problems(), "\n".join(visit.problems())
    # The playground's Python loads on the first press of Run, never before.
    assert not playground_downloads(visit), playground_downloads(visit)


def serious_violations(open_page: OpenPage, path: str, scheme: str) -> list[str]:
    visit = open_page(path, color_scheme=scheme)
    expected = {"light": "default", "dark": "slate"}[scheme]
    assert not visit.problems(), "\n".join(visit.problems())
    # The theme's script sets the scheme; on a busy machine it may not have yet.
    expect(visit.page.locator("body")).to_have_attribute(
        "data-md-color-scheme", expected
    )
    visit.page.add_script_tag(path=str(AXE))
    options: dict[str, object] = {"resultTypes": ["violations"]}
    if scheme == "dark":
        options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
    results = visit.page.evaluate("options => axe.run(document, options)", options)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}"
            for node in violation["nodes"][:10]
        )
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_serious_violation(
    open_page: OpenPage, path: str, scheme: str
) -> None:
    violations = serious_violations(open_page, path, scheme)
    assert not violations, "\n".join(violations)
