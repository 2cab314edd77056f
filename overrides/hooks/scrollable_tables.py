"""Let the keyboard reach a table that is wider than the page.

The theme puts each table in a box that scrolls sideways when the table is wider
than the text (on a phone, most are), but a box that is not focusable cannot be
scrolled without a mouse or a touch screen. Each table goes into a focusable box
of its own, named by the heading above it; the stylesheet
(`docs/stylesheets/overlap.css`) makes this box the one that scrolls.
"""

import re

TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
HEADING_ID = re.compile(r'<h[1-6] id="([^"]+)"')


def on_page_content(html: str, **_: object) -> str:
    def wrap(table: re.Match[str]) -> str:
        headings = HEADING_ID.findall(html, 0, table.start())
        name = f'aria-labelledby="{headings[-1]}"' if headings else 'aria-label="Table"'
        return (
            f'<div class="overlap-table" tabindex="0" role="region" {name}>'
            f"{table[0]}</div>"
        )

    return TABLE.sub(wrap, html)
