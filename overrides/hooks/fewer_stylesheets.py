"""Fewer stylesheets to fetch before a page can paint.

A phone on a slow network fetches each stylesheet in the page's head before it
shows anything. Two of them need not be fetched at all:

- mkdocstrings' stylesheet styles API documentation, which only the reference page
  has; other pages no longer link it.
- The site's own stylesheet (`docs/stylesheets/overlap.css`, listed in `extra_css`)
  is a few kilobytes: each page carries it in a `<style>` element, in the same
  place, so it still overrides the theme's rules.

On the heaviest chapter the first paint in Lighthouse's simulated phone came 0.3 s
sooner (README, "Audit").
"""

import re
from pathlib import Path
from typing import Any

API_DOCS = 'class="doc doc-'
MKDOCSTRINGS_CSS = re.compile(
    r'<link rel="stylesheet" href="[^"]*_mkdocstrings\.css">\n?'
)
SITE_CSS = "stylesheets/overlap.css"
SITE_CSS_LINK = re.compile(
    rf'<link rel="stylesheet" href="[^"]*{re.escape(SITE_CSS)}">'
)


def on_post_page(output: str, config: Any, **_: object) -> str:
    return fewer_stylesheets(output, config)


def on_post_template(output_content: str, config: Any, **_: object) -> str:
    """The same for pages built from a template alone: the 404 page."""
    return fewer_stylesheets(output_content, config)


def fewer_stylesheets(output: str, config: Any) -> str:
    if API_DOCS not in output:
        output = MKDOCSTRINGS_CSS.sub("", output)
    # Read for every page, so that `mkdocs serve` shows an edit at once.
    css = (Path(config["docs_dir"]) / SITE_CSS).read_text(encoding="utf-8")
    return SITE_CSS_LINK.sub(lambda _: f"<style>\n{css}</style>", output, count=1)
