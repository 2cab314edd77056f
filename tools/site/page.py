"""Which page a Markdown extension is rendering, under MkDocs and under Zensical.

A Python-Markdown extension is handed only the text, but an error should name the
page and a link must be relative to it. Both generators leave the page on the
Markdown instance they render it with: Zensical as its ``rendering_context``
preprocessor (``page.path``, ``page.url``), MkDocs as the ``relpath``
treeprocessor that makes its links relative (``file.src_uri``, ``file.url``).
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown import Markdown


@dataclass(frozen=True)
class Page:
    source: str  # the Markdown file, relative to docs/: threads/thread-pools.md
    url: str  # its address, relative to the site's root: threads/thread-pools/


def page_of(md: Markdown) -> Page | None:
    """The page `md` is rendering, or None outside a site build (a test, say)."""
    if "rendering_context" in md.preprocessors:  # Zensical
        page = md.preprocessors["rendering_context"].page
        return Page(source=page.path, url=page.url.lstrip("/"))
    if "relpath" in md.treeprocessors:  # MkDocs
        file = md.treeprocessors["relpath"].file
        return Page(source=file.src_uri, url=file.url)
    return None


def page_name(md: Markdown) -> str:
    """The page's source file for an error message, or a stand-in outside a build."""
    page = page_of(md)
    return page.source if page else "(a page)"
