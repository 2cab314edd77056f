"""The rewrites of the built HTML, one table of named transforms applied in order.

`mkdocs.yml` lists this file under `hooks:`. MkDocs calls `on_page_content` with a
page's article (before the theme's template wraps it) and `on_post_page` with the
whole page; each runs the entries of `REWRITES` made for it, in the table's order.
`on_post_template` gives the pages built from a template alone (the 404 page) the
whole-page entries too. `tests/test_html_rewrites.py` checks every entry on a table
of small inputs; `tests/test_site.py` checks that the built site has been rewritten.

Each entry says what it earns, measured on the site built with and without it
(`python -m tools rewrites`, on commit e7c2f65 with Material 9.8.1: it
builds the site without this hook, applies the table to each built page once with
and once without the entry, and counts bytes, elements, stylesheet links and
focusable boxes; the "heaviest page" is the one with the most elements,
`processes/process-pools/`, with 4,151 elements; built without the playground's
Run buttons). An entry that earns nothing measurable is removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Stage = Literal["content", "page"]


@dataclass(frozen=True)
class Rewrite:
    """One named transform: `stage` "content" runs on a page's article, "page" on
    the whole page; `rewrite(html, docs_dir)` returns the rewritten HTML."""

    name: str
    earns: str
    stage: Stage
    rewrite: Callable[[str, Path], str]


PLAIN_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def plain_code_spans(html: str, docs_dir: Path) -> str:
    """Drop the highlighter's spans that change nothing on screen.

    Pygments wraps every name (`n`) and every run of whitespace (`w`) in its own
    `<span>`. The theme gives names the code's own colour, and whitespace has none,
    so these spans only make the page heavier and the browser's layout slower.
    Measured: 1,150 elements fewer on the heaviest page (5,301 to 4,151, 22%) and
    26 KB (0.8 KB gzipped); 15,910 elements and 366 KB over the site's 59 pages
    with code.
    """
    return PLAIN_SPAN.sub(r"\1", html)


# The `pre` may carry attributes: `code_block_lines.py` gives it its line count.
HIGHLIGHTED_CODE = re.compile(r"(<pre(?: [^>]*)?><span></span><code)>")


def focusable_code(html: str, docs_dir: Path) -> str:
    """Keep every code block reachable from the keyboard before the theme's script.

    A code block wider than the page scrolls sideways, and a reader without a mouse
    scrolls it with the arrow keys once it has the focus: the theme gives such a
    block `tabindex="0"` and takes it away from blocks that fit. With `content.lazy`
    in `mkdocs.yml` the theme does so only when a block first comes near the screen,
    which shortens the page's start-up; until then, this attribute keeps every
    highlighted block reachable. Measured: 19 code blocks on the heaviest page and
    314 over the site that the Tab key reaches before the theme's script has seen
    them (none without), for 8 bytes gzipped on the heaviest page.
    """
    return HIGHLIGHTED_CODE.sub(r'\1 tabindex="0">', html)


TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
HEADING_ID = re.compile(r'<h[1-6] id="([^"]+)"')


def scrollable_tables(html: str, docs_dir: Path) -> str:
    """Let the keyboard reach a table that is wider than the page.

    The theme puts each table in a box that scrolls sideways when the table is wider
    than the text (on a phone, most are), but a box that is not focusable cannot be
    scrolled without a mouse or a touch screen (axe's rule
    `scrollable-region-focusable`). Each table goes into a focusable box of its own,
    named by the heading above it; the stylesheet (`docs/stylesheets/overlap.css`)
    makes this box the one that scrolls. Measured: 38 tables on 15 pages that the
    keyboard reaches (none without; the heaviest page has no table), for 0.6 KB
    gzipped over the site.
    """

    def wrap(table: re.Match[str]) -> str:
        headings = HEADING_ID.findall(html, 0, table.start())
        name = f'aria-labelledby="{headings[-1]}"' if headings else 'aria-label="Table"'
        return (
            f'<div class="overlap-table" tabindex="0" role="region" {name}>'
            f"{table[0]}</div>"
        )

    return TABLE.sub(wrap, html)


PERMALINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="([^"]*)"')


def permalink_labels(html: str, docs_dir: Path) -> str:
    """Name each heading's ¶ link for screen readers, without a tooltip.

    The `toc` extension gives the link `title="Permanent link"`: a screen reader
    names it by its text ("pilcrow") and reads the title after it, and the theme
    (`content.tooltips`) sets up a tooltip for every titled element when the page
    starts. As `aria-label` the same words become the link's name, and there is
    nothing to set up. Measured: 13 titled elements fewer on the heaviest page and
    388 over the site, each a tooltip the theme no longer sets up at start-up; the
    pages are 148 bytes smaller gzipped over the site.
    """
    return PERMALINK.sub(r'\1 aria-label="\2"', html)


API_DOCS = 'class="doc doc-'
MKDOCSTRINGS_CSS = re.compile(
    r'<link rel="stylesheet" href="[^"]*_mkdocstrings\.css">\n?'
)


def api_stylesheet_where_used(html: str, docs_dir: Path) -> str:
    """Link mkdocstrings' stylesheet only from a page with API documentation.

    A phone on a slow network fetches each stylesheet in the page's head before it
    shows anything, and this one styles only the reference page's API documentation.
    Measured: one stylesheet link fewer on each of 63 of the 64 pages. With the
    next entry, the heaviest chapter's first paint in Lighthouse's simulated phone
    comes at 1.07 s instead of 1.37 s: the median first contentful paint of four
    runs each, alternating, three of them at 1.06-1.08 s against 1.28-1.37 s (one
    outlier each, 1.90 s and 2.19 s, on a 2-core machine loaded 11-16 by other
    builds). Lighthouse 12.8.2, mobile defaults, Chromium 156, commit 0ad17f5, on
    `processes/process-pools/` served by `tools/static_server.py`; the two sites
    made as `measure_rewrites` makes them, with and without these two entries.

    Only MkDocs gives this entry work: the mkdocstrings plugin links the stylesheet
    from every page, and Zensical (0.0.73, `python -m tools zensical`) links it
    from none, not even `reference/api/`, so there the entry changes nothing.
    """
    return html if API_DOCS in html else MKDOCSTRINGS_CSS.sub("", html)


SITE_CSS = "stylesheets/overlap.css"
SITE_CSS_LINK = re.compile(
    rf'<link rel="stylesheet" href="[^"]*{re.escape(SITE_CSS)}">'
)


def inline_site_stylesheet(html: str, docs_dir: Path) -> str:
    """Carry the site's own stylesheet in the page instead of linking it.

    `docs/stylesheets/overlap.css` (listed in `extra_css`) is a few kilobytes: each
    page carries it in a `<style>` element in the link's place, so it still
    overrides the theme's rules, and the browser has one stylesheet fewer to fetch
    before the first paint. Its comments (why each rule is there, for whoever edits
    the file) stay in the file: every page would carry them, and no reader sees
    them. It is read for every page, so that `mkdocs serve` shows an edit at once.
    Measured: one stylesheet link fewer on each of the 64 pages, for 1.9 KB more in
    each page (0.5 KB gzipped; with its comments it was 3.5 KB, 1.4 KB gzipped: the
    site is 106 KB, 52 KB gzipped, lighter without them; `measure_rewrites` on
    commit 0ad17f5); for the first paint, see the previous entry.
    """
    css = inline_css((docs_dir / SITE_CSS).read_text(encoding="utf-8"))
    return SITE_CSS_LINK.sub(lambda _: f"<style>\n{css}</style>", html, count=1)


CSS_COMMENT = re.compile(r"/\*.*?\*/\n?", re.DOTALL)


def inline_css(css: str) -> str:
    """The stylesheet without its comments (the site's has no `/*` in a string)."""
    return CSS_COMMENT.sub("", css)


def _entry(rewrite: Callable[[str, Path], str], stage: Stage) -> Rewrite:
    earns = (rewrite.__doc__ or "").split("\n", 1)[0]
    return Rewrite(rewrite.__name__, earns, stage, rewrite)


REWRITES: tuple[Rewrite, ...] = (
    _entry(plain_code_spans, "content"),
    _entry(focusable_code, "content"),
    _entry(scrollable_tables, "content"),
    _entry(permalink_labels, "content"),
    _entry(api_stylesheet_where_used, "page"),
    _entry(inline_site_stylesheet, "page"),
)


def apply(
    html: str, stage: Stage, docs_dir: Path, skip: frozenset[str] = frozenset()
) -> str:
    """`html` with every entry of `stage` applied in order, except those in `skip`."""
    for entry in REWRITES:
        if entry.stage == stage and entry.name not in skip:
            html = entry.rewrite(html, docs_dir)
    return html


def on_page_content(html: str, config: Any, **_: object) -> str:
    return apply(html, "content", Path(config["docs_dir"]))


def on_post_page(output: str, config: Any, **_: object) -> str:
    return apply(output, "page", Path(config["docs_dir"]))


def on_post_template(output_content: str, config: Any, **_: object) -> str:
    """The whole-page entries for pages built from a template alone: the 404 page."""
    return apply(output_content, "page", Path(config["docs_dir"]))
