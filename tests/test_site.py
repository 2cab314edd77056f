"""The built site: strict build, internal links resolve, nothing from other hosts."""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest
from markdown_blocks import ROOT
from site_build import SITE_ORIGIN

from tools.site.html_rewrites import inline_css
from tools.site.search_separator import separator, stop_words

pytestmark = pytest.mark.timeout(180)

# Attributes through which a page loads something (as opposed to linking to it).
LOADING = {
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
}
LOADING_LINK_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "modulepreload",
    "manifest",
    "prefetch",
}
PLAYGROUND_ASSETS = ROOT / "playground" / "assets"
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")


@dataclass
class Page:
    path: Path
    url: str
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    loads: list[str] = field(default_factory=list)


class PageParser(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:  # a stylesheet inlined in the page
            self.page.loads.extend(CSS_URL.findall(data))

    def handle_endtag(self, tag: str) -> None:
        self.in_style = self.in_style and tag != "style"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name"):
            if name in values and (name == "id" or tag == "a"):
                self.page.ids.add(values[name])
        if tag == "a" and "href" in values:
            self.page.links.append(values["href"])
        for element, attribute in LOADING:
            if tag == element and attribute in values:
                self.page.loads.append(values[attribute])
        if tag == "link" and LOADING_LINK_RELS & set(values.get("rel", "").split()):
            self.page.loads.append(values.get("href", ""))
        self.page.loads.extend(CSS_URL.findall(values.get("style", "")))


@pytest.fixture(scope="session")
def pages(site: Path) -> dict[str, Page]:
    found = {}
    for path in site.rglob("*.html"):
        relative = path.relative_to(site).as_posix()
        url = f"{SITE_ORIGIN}/{relative}"
        page = Page(path, url)
        PageParser(page).feed(path.read_text(encoding="utf-8"))
        found[url] = page
    return found


def resolve(site: Path, url: str) -> Path | None:
    """The file a same-site URL serves, as `mkdocs serve` or GitHub Pages would."""
    target = site / unquote(urlsplit(url).path).removeprefix("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def internal(url: str) -> bool:
    return url.startswith(SITE_ORIGIN + "/")


def test_strict_build_passes(site: Path) -> None:
    assert (site / "index.html").is_file()


def test_every_internal_link_and_anchor_resolves(
    site: Path, pages: dict[str, Page]
) -> None:
    broken = []
    for page in pages.values():
        for href in page.links:
            url = urljoin(page.url, href)
            if not internal(url):
                continue
            target = resolve(site, url)
            fragment = urlsplit(url).fragment
            name = f"{page.path.relative_to(site)}: {href}"
            if target is None:
                broken.append(f"{name} (no such page)")
            elif fragment and target.suffix == ".html":
                target_page = pages.get(
                    f"{SITE_ORIGIN}/{target.relative_to(site).as_posix()}"
                )
                if target_page is None or unquote(fragment) not in target_page.ids:
                    broken.append(f"{name} (no such anchor)")
    assert not broken, "broken links:\n" + "\n".join(sorted(set(broken)))


def loaded_urls(site: Path, pages: dict[str, Page]) -> Iterator[tuple[str, str]]:
    for page in pages.values():
        for load in page.loads:
            yield str(page.path.relative_to(site)), urljoin(page.url, load)
    for stylesheet in site.rglob("*.css"):
        base = f"{SITE_ORIGIN}/{stylesheet.relative_to(site).as_posix()}"
        for load in CSS_URL.findall(stylesheet.read_text(encoding="utf-8")):
            if not load.startswith("data:"):
                yield str(stylesheet.relative_to(site)), urljoin(base, load)


def test_pages_load_nothing_from_other_hosts(
    site: Path, pages: dict[str, Page]
) -> None:
    foreign = [
        f"{where}: {url}"
        for where, url in loaded_urls(site, pages)
        if not url.startswith("data:") and not internal(url)
    ]
    assert not foreign, "resources from other hosts:\n" + "\n".join(
        sorted(set(foreign))
    )


def test_every_loaded_file_exists(site: Path, pages: dict[str, Page]) -> None:
    missing = [
        f"{where}: {url}"
        for where, url in loaded_urls(site, pages)
        if internal(url) and resolve(site, url) is None
    ]
    assert not missing, "missing assets:\n" + "\n".join(sorted(set(missing)))


def test_the_site_carries_no_file_of_the_projects_tooling(site: Path) -> None:
    """No configuration or tool the build reads lands in the published site: MkDocs
    copies every file of `overrides/` (custom_dir) and `docs/` that is not a page.
    The one Python file served is the playground's, which the browser runs."""
    served = {f"assets/playground/{path.name}" for path in PLAYGROUND_ASSETS.iterdir()}
    tooling = sorted(
        path.relative_to(site).as_posix()
        for pattern in ("*.toml", "*.py")
        for path in site.rglob(pattern)
        if path.relative_to(site).as_posix() not in served
    )
    assert not tooling, f"tooling files in the built site: {tooling}"


def test_code_blocks_have_no_spans_that_change_nothing(site: Path) -> None:
    # The build ran tools/site/html_rewrites.py's plain_code_spans on every page
    # (its cases: tests/test_html_rewrites.py); that the code's text survives whole
    # is checked by the copy button's test (tests/browser/test_browser_reader.py).
    plain = re.compile(r'<span class="[nw]">')
    pages = [path for path in site.rglob("*.html") if "highlight" in path.read_text()]
    assert pages, "no page with highlighted code"
    for path in pages:
        assert not plain.search(path.read_text()), path.relative_to(site)


def test_code_blocks_and_tables_can_be_reached_from_the_keyboard(site: Path) -> None:
    # The build ran tools/site/html_rewrites.py's focusable_code and
    # scrollable_tables on every page, and the highlighter still writes the HTML they
    # look for (their cases: tests/test_html_rewrites.py); that axe finds no
    # scrollable region out of the keyboard's reach is checked in the browser.
    code = re.compile(r"<pre(?: [^>]*)?><span></span><code(?P<attributes>[^>]*)>")
    table = re.compile(r"(?P<before><[^<]*)<table>")
    box = re.compile(r'<div class="overlap-table" tabindex="0" role="region" aria-')
    found = {"code": 0, "table": 0}
    for path in site.rglob("*.html"):
        html = path.read_text()
        for match in code.finditer(html):
            found["code"] += 1
            assert match["attributes"] == ' tabindex="0"', path.relative_to(site)
        for match in table.finditer(html):
            found["table"] += 1
            assert box.match(match["before"]), path.relative_to(site)
    assert found["code"] and found["table"], found


def test_a_glossary_term_is_explained_once_per_page(site: Path) -> None:
    # tools/site/glossary_first_use.py
    abbreviation = re.compile(r"<abbr title=[^>]*>(.*?)</abbr>", re.DOTALL)
    explained = 0
    for path in site.rglob("*.html"):
        terms = abbreviation.findall(path.read_text())
        assert len(terms) == len(set(terms)), (path.relative_to(site), terms)
        explained += len(terms)
    assert explained, "no page explains a glossary term"


def test_heading_links_are_named_not_titled(site: Path) -> None:
    # The build ran tools/site/html_rewrites.py's permalink_labels on every page,
    # and the toc extension still titles its links as it expects.
    permalink = re.compile(r'<a class="headerlink"(?P<attributes>[^>]*)>')
    found = 0
    for path in site.rglob("*.html"):
        for match in permalink.finditer(path.read_text()):
            found += 1
            assert 'aria-label="Permanent link"' in match["attributes"], path
            assert "title=" not in match["attributes"], path
    assert found, "no heading link found"


def test_pages_fetch_only_the_stylesheets_they_use(site: Path) -> None:
    # The build ran tools/site/html_rewrites.py's api_stylesheet_where_used and
    # inline_site_stylesheet on every page, the 404 page too, and only the API
    # reference page keeps mkdocstrings' stylesheet.
    own_css = inline_css((ROOT / "docs" / "stylesheets" / "overlap.css").read_text())
    assert "/*" not in own_css, "a comment left in the stylesheet the pages carry"
    pages = [*site.rglob("index.html"), site / "404.html"]
    with_api_docs = 0
    for path in pages:
        html = path.read_text()
        name = path.relative_to(site)
        assert 'overlap.css">' not in html, f"{name} links the site's stylesheet"
        assert f"<style>\n{own_css}</style>" in html, f"{name} lacks it inline"
        api_docs = 'class="doc doc-' in html
        with_api_docs += api_docs
        assert ('_mkdocstrings.css">' in html) == api_docs, name
    assert with_api_docs == 1, "the API reference page should be the only one"


def test_search_splits_words_with_the_separator_made_from_the_list(site: Path) -> None:
    # tools/site/search_separator.py, from tools/site/search_stop_words.txt
    index = json.loads((site / "search" / "search_index.json").read_text())
    assert index["config"]["separator"] == separator(stop_words())


def test_search_runs_the_sites_ranking_over_the_themes_worker(
    site: Path, pages: dict[str, Page]
) -> None:
    # overrides/main.html names the site's worker in the theme's configuration,
    # and the theme's own worker in the site's worker's `worker` parameter.
    config = re.compile(r'<script id="__config" type="application/json">(.*?)</script>')
    for url, page in pages.items():
        match = config.search(page.path.read_text())
        assert match, f"{url} has no theme configuration"
        worker = urljoin(url, json.loads(match[1])["search"])
        assert urlsplit(worker).path.endswith("/workers/search_ranking.js"), worker
        themes = parse_qs(urlsplit(worker).query)["worker"][0]
        assert resolve(site, worker), worker
        assert resolve(site, urljoin(worker, themes)), themes
