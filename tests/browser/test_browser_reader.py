"""What a reader does: copy an example, switch themes, use a phone, hit a dead link."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PHONE, OpenPage
from markdown_blocks import ROOT
from playwright.sync_api import Page, expect

from tools.examples.figures import figures_agree
from tools.examples.output_lines import MAIN_PYTHON, output_text, view_for
from tools.examples.runner import tolerance_for

pytestmark = pytest.mark.timeout(90)

# A quick example that needs no server, and the page that includes it.
COPIED_EXAMPLE = "examples/start/running_examples/01_make_tea.py"
COPIED_ON = "start/running-examples/"


def shown_output(source: str) -> list[str]:
    """The `#>` lines of an example, without their marker."""
    lines = source.splitlines()
    return [text for text in map(output_text, lines) if text is not None]


def heading(page: Page) -> str:
    """The page's title as a reader sees it (without the permalink sign)."""
    return page.locator("h1").first.inner_text().removesuffix("¶").strip()


def test_copy_button_copies_the_example_that_prints_what_the_page_shows(
    open_page: OpenPage, tmp_path: Path
) -> None:
    visit = open_page(COPIED_ON, permissions=["clipboard-read", "clipboard-write"])
    page = visit.page
    block = page.locator(
        "div.highlight", has=page.locator("span.filename", has_text=COPIED_EXAMPLE)
    )
    block.hover()
    block.locator("button[data-md-type='copy']").click()
    copied = page.evaluate("navigator.clipboard.readText()")

    path = ROOT / COPIED_EXAMPLE
    source = path.read_text(encoding="utf-8")
    assert copied == source.rstrip("\n")  # a code block has no final newline
    source = view_for(source, MAIN_PYTHON)

    saved = tmp_path / path.name
    saved.write_text(copied + "\n", encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, str(saved)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    comments = page.locator(
        f"div.highlight:has(span.filename:text-is({COPIED_EXAMPLE!r})) .c1"
    ).all_text_contents()
    shown = shown_output("\n".join(comments))
    assert shown == shown_output(source)
    printed = completed.stdout.splitlines()
    assert len(printed) == len(shown), completed.stdout
    tolerance = tolerance_for(path)
    for expected, actual in zip(shown, printed, strict=True):
        assert figures_agree(expected, actual, tolerance), (expected, actual)
    assert not visit.problems(), "\n".join(visit.problems())


# The header's theme toggle: the label that shows, and the `color-scheme` the page
# declares to the browser (scrollbars, form controls), set by the site's own script
# (`overrides/partials/javascripts/palette.html`).
TOGGLE = "form[data-overlap-palette] label:visible"
COLOR_SCHEME = "meta[name='color-scheme']"
# Resolves once the page has drawn the next frame: what was scheduled for it is done.
NEXT_FRAME = """
new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
"""


def test_theme_toggle_switches_to_dark_and_is_remembered(open_page: OpenPage) -> None:
    visit = open_page("", color_scheme="light")
    page = visit.page
    body = page.locator("body")
    toggle = page.locator(TOGGLE)
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    expect(page.locator(COLOR_SCHEME)).to_have_attribute("content", "light")
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator(COLOR_SCHEME)).to_have_attribute("content", "dark")
    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    expect(page.locator(COLOR_SCHEME)).to_have_attribute("content", "light")
    assert not visit.problems(), "\n".join(visit.problems())


def test_theme_follows_the_system_until_the_reader_chooses(open_page: OpenPage) -> None:
    visit = open_page("", color_scheme="light")
    page = visit.page
    body = page.locator("body")
    page.emulate_media(color_scheme="dark")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator(COLOR_SCHEME)).to_have_attribute("content", "dark")
    page.locator(TOGGLE).click()  # the reader chooses light
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.emulate_media(color_scheme="light")
    page.emulate_media(color_scheme="dark")
    page.evaluate(NEXT_FRAME)
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert not visit.problems(), "\n".join(visit.problems())


def test_theme_toggle_answers_the_keyboard(open_page: OpenPage) -> None:
    visit = open_page("", color_scheme="light")
    page = visit.page
    body = page.locator("body")
    page.locator("#__palette_0").focus()
    page.keyboard.press("Enter")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator("#__palette_1")).to_be_focused()
    page.keyboard.press("Enter")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    expect(page.locator("#__palette_0")).to_be_focused()
    assert not visit.problems(), "\n".join(visit.problems())


# Records every change the theme's script makes, once the page is parsed, to what
# every element inherits from: the root's and the body's attributes, and the head's
# metas. Each such change restyles the whole page.
RECORD_LATE_CHANGES = """
window.lateChanges = [];
const inherited = (node) => node === document.documentElement || node === document.body;
new MutationObserver((records) => {
  if (document.readyState === "loading") return;
  for (const { type, target, attributeName, oldValue, addedNodes } of records) {
    if (type === "attributes" && inherited(target)) {
      const value = target.getAttribute(attributeName);
      const change = `${target.localName} ${attributeName}: ${oldValue} -> ${value}`;
      if (value !== oldValue) lateChanges.push(change);
    }
    if (type === "childList" && target === document.head) {
      for (const node of addedNodes) lateChanges.push(`head + ${node.outerHTML}`);
    }
  }
}).observe(document, {
  subtree: true, childList: true, attributes: true, attributeOldValue: true,
});
"""


@pytest.mark.parametrize("system", ["light", "dark"])
def test_the_theme_script_changes_nothing_the_whole_page_inherits(
    open_page: OpenPage, system: str
) -> None:
    visit = open_page(
        "threads/sharing-state/",
        before_load=lambda page: page.add_init_script(RECORD_LATE_CHANGES),
        color_scheme=system,
    )
    page = visit.page
    page.wait_for_function("window.component$ !== undefined")  # the theme has started
    page.evaluate(NEXT_FRAME)
    assert page.evaluate("lateChanges") == []
    assert not visit.problems(), "\n".join(visit.problems())


# The theme stores the reader's choice under the page scope's path ("/" on the home
# page); index 1 is the dark palette in mkdocs.yml.
SAVED_DARK = 'localStorage.setItem("/.__palette", JSON.stringify({index: 1}))'


@pytest.mark.parametrize(
    ("system", "saved", "scheme", "color_scheme", "toggle"),
    [
        ("light", False, "default", "light", "Switch to dark theme"),
        ("dark", False, "slate", "dark", "Switch to light theme"),
        ("light", True, "slate", "dark", "Switch to light theme"),
    ],
    ids=["light-system", "dark-system", "dark-saved"],
)
def test_first_paint_wears_the_readers_theme_before_the_theme_script_runs(
    open_page: OpenPage,
    system: str,
    saved: bool,
    scheme: str,
    color_scheme: str,
    toggle: str,
) -> None:
    def without_theme_script(page: Page) -> None:
        page.route(
            "**/assets/javascripts/bundle.*.min.js",
            lambda route: route.fulfill(body="", content_type="text/javascript"),
        )
        if saved:
            page.add_init_script(SAVED_DARK)

    visit = open_page("", before_load=without_theme_script, color_scheme=system)
    page = visit.page
    assert page.evaluate("document.documentElement.className") == "js js-focus-visible"
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", scheme)
    expect(page.locator(COLOR_SCHEME)).to_have_attribute("content", color_scheme)
    shown = page.locator(TOGGLE)
    expect(shown).to_have_count(1)
    expect(shown).to_have_attribute("title", toggle)
    assert not visit.problems(), "\n".join(visit.problems())


def test_navigation_drawer_works_on_a_phone(open_page: OpenPage) -> None:
    visit = open_page("", viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    drawer = page.locator("nav.md-nav--primary")
    assert not drawer.is_visible() or drawer.bounding_box()["x"] < 0  # type: ignore[index]
    page.locator("label.md-header__button[for='__drawer']").click()
    section = drawer.locator("label.md-nav__link", has_text="Threads").first
    section.click()
    link = drawer.get_by_role("link", name="Thread pools", exact=True)
    link.click()
    page.wait_for_url("**/threads/thread-pools/")
    assert heading(page) == "Thread pools"
    assert not visit.problems(), "\n".join(visit.problems())


def test_missing_page_shows_the_404_page_with_working_links(
    open_page: OpenPage, site_url: str
) -> None:
    missing = "no/such/page/"
    visit = open_page(missing)
    page = visit.page
    assert visit.status == 404
    assert heading(page) == "404 - Not found"
    # The browser reports the missing page itself; anything else is a problem.
    visit.console_errors = [e for e in visit.console_errors if missing not in e]
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.md-header')).position"
    ) in ("sticky", "fixed"), "the 404 page is unstyled: its stylesheets did not load"
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_load_state("networkidle")
    assert page.url == site_url
    assert heading(page) == "Overlap: Python concurrency, verified"
    assert not visit.problems(), "\n".join(visit.problems())


def test_diagrams_are_drawings_that_follow_the_readers_scheme(
    open_page: OpenPage, site_dir: Path
) -> None:
    """A diagram is the SVG drawn by `make diagrams`: no script is fetched to draw
    it, and its words change colour with the reader's scheme."""
    with_diagram = sorted(
        path
        for path in site_dir.rglob("*.html")
        if 'class="overlap-diagram"' in path.read_text(encoding="utf-8")
    )
    assert with_diagram, "no page has a diagram: tools/site/diagrams.py drew none"
    path = with_diagram[0].parent.relative_to(site_dir).as_posix() + "/"
    visit = open_page(path, color_scheme="light")
    page = visit.page
    words = page.locator("figure.overlap-diagram svg .node text").first
    expect(words).to_be_visible()
    drawn = page.locator("figure.overlap-diagram svg").first.bounding_box()
    assert drawn is not None and drawn["width"] > 100 and drawn["height"] > 50
    fill = "element => getComputedStyle(element).fill"
    light = words.evaluate(fill)
    page.emulate_media(color_scheme="dark")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.evaluate(NEXT_FRAME)
    assert words.evaluate(fill) != light
    assert not [url for url in visit.requests if "mermaid" in url]
    assert not visit.problems(), "\n".join(visit.problems())
