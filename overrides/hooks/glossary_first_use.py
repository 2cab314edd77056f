"""Explain a glossary term where a page first uses it, not at every use.

`includes/glossary.md` is appended to every page, and the `abbr` extension marks
every occurrence of each of its terms. With `content.tooltips` the theme sets up a
tooltip for each marked word when the page starts, and on a long chapter that
set-up was a large part of the start-up's blocking time (README, "Audit"). As in
print, a term is explained the first time the page uses it; later uses are plain
text.
"""

import re

ABBREVIATION = re.compile(r'<abbr title="[^"]*">(.*?)</abbr>', re.DOTALL)


def on_page_content(html: str, **_: object) -> str:
    explained: set[str] = set()

    def first_use_only(abbreviation: re.Match[str]) -> str:
        term = abbreviation[1]
        if term in explained:
            return term
        explained.add(term)
        return abbreviation[0]

    return ABBREVIATION.sub(first_use_only, html)
