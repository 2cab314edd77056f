"""Explain a glossary term where a page first uses it, not at every use.

`includes/glossary.md` is appended to every page, and the `abbr` extension marks
every occurrence of each of its terms. With `content.tooltips` the theme sets up a
tooltip for each marked word when the page starts, and on a long chapter that
set-up was a large part of the start-up's blocking time (Lighthouse, measured when
this was a MkDocs hook). As in print, a term is explained the first time the page
uses it; later uses are plain text.

A Python-Markdown extension (`tools.site.glossary_first_use` in `mkdocs.yml`'s
`markdown_extensions`), so MkDocs and Zensical both run it: its postprocessor reads
the page's finished HTML, after the raw HTML is put back, as the hook did.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

ABBREVIATION = re.compile(r'<abbr title="[^"]*">(.*?)</abbr>', re.DOTALL)


def first_use_only(html: str) -> str:
    """`html` with every `<abbr>` after a term's first one replaced by its text."""
    explained: set[str] = set()

    def keep_first(abbreviation: re.Match[str]) -> str:
        term = abbreviation[1]
        if term in explained:
            return term
        explained.add(term)
        return abbreviation[0]

    return ABBREVIATION.sub(keep_first, html)


class GlossaryFirstUsePostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return first_use_only(text)


class GlossaryFirstUseExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After the raw HTML (30) and the escaped characters (10) are restored.
        md.postprocessors.register(
            GlossaryFirstUsePostprocessor(md), "glossary_first_use", 2
        )


def makeExtension(**kwargs: Any) -> GlossaryFirstUseExtension:
    return GlossaryFirstUseExtension(**kwargs)
