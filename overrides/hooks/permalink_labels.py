"""Name each heading's ¶ link for screen readers, without a tooltip.

The `toc` extension gives the link `title="Permanent link"`: a screen reader names
it by its text ("pilcrow") and reads the title after it, and the theme
(`content.tooltips`) sets up a tooltip for every one of them when the page starts.
As `aria-label` the same words become the link's name, and there is nothing to
set up.
"""

import re

PERMALINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="([^"]*)"')


def on_page_content(html: str, **_: object) -> str:
    return PERMALINK.sub(r'\1 aria-label="\2"', html)
