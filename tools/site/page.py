"""Which page a Markdown extension is rendering, under MkDocs and under Zensical.

A Python-Markdown extension is handed only the text, but an error should name the
page and a link must be relative to it. Both generators leave the page on the
Markdown instance they render it with: Zensical as its ``rendering_context``
preprocessor (``page.path``, ``page.url``), MkDocs as the ``relpath``
treeprocessor that makes its links relative (``file.src_uri``, ``file.url``).

The two resolve a relative link in the HTML differently: MkDocs leaves it as
written, so it is relative to the page's URL (``threads/from-scratch/``); Zensical
rewrites it as if it were relative to the page's source (``threads/from-scratch.md``),
so a link written for the URL gains a ``../`` there (seen in a Zensical 0.0.73
build). ``Page.links_from`` is the base each one expects; ``relative_url`` writes a
link from it.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from markdown import Markdown


@dataclass(frozen=True)
class Page:
    source: str  # the Markdown file, relative to docs/: threads/thread-pools.md
    url: str  # its address, relative to the site's root: threads/thread-pools/
    links_from: str  # what a relative link in its HTML is resolved against
    runs_hooks: bool = True  # MkDocs does; Zensical runs no MkDocs hook


def page_of(md: Markdown) -> Page | None:
    """The page `md` is rendering, or None outside a site build (a test, say)."""
    if "rendering_context" in md.preprocessors:  # Zensical
        page = md.preprocessors["rendering_context"].page
        folder = posixpath.dirname(page.path)
        return Page(
            source=page.path,
            url=page.url.lstrip("/"),
            links_from=folder + "/" if folder else "",
            runs_hooks=False,
        )
    if "relpath" in md.treeprocessors:  # MkDocs
        file = md.treeprocessors["relpath"].file
        return Page(source=file.src_uri, url=file.url, links_from=file.url)
    return None


def page_name(md: Markdown) -> str:
    """The page's source file for an error message, or a stand-in outside a build."""
    page = page_of(md)
    return page.source if page else "(a page)"


def relative_url(target: str, links_from: str) -> str:
    """`target` (a URL from the site's root) as a link written at `links_from`.

    The same result as MkDocs' `get_relative_url` for folder URLs
    (`threads/from-scratch/`), which both generators give every page here.
    """
    base = links_from.lstrip("/")
    base = base if base.endswith("/") or not base else posixpath.dirname(base)
    link = posixpath.relpath("/" + target, "/" + base)
    return link + "/" if target.endswith("/") else link
