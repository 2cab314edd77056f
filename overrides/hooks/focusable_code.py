"""Keep every code block reachable from the keyboard before the theme's script runs.

A code block wider than the page scrolls sideways, and a reader without a mouse
scrolls it with the arrow keys once it has the focus: the theme gives such a block
``tabindex="0"`` and takes it away from blocks that fit. With ``content.lazy`` in
``mkdocs.yml`` the theme does so only when a block first comes near the screen,
which shortens the page's start-up; until then, this attribute keeps every
highlighted block reachable.
"""

import re

HIGHLIGHTED_CODE = re.compile(r"<pre><span></span><code>")


def on_page_content(html: str, **_: object) -> str:
    return HIGHLIGHTED_CODE.sub('<pre><span></span><code tabindex="0">', html)
