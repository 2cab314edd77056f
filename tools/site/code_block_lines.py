"""Each code block says how many lines it has, so the page does not jump as it paints.

The site's stylesheet paints a code block only when it nears the screen
(`content-visibility: auto` on `.highlight > pre`, `docs/stylesheets/overlap.css`):
on the heaviest chapter that halves the style work at load. Until a block is
painted, the browser gives it a stand-in height (`contain-intrinsic-block-size`).
Chromium decides which blocks are near the screen one frame after the first paint,
so a block on the first screen is first painted at its stand-in height and then at
its own. With one fixed stand-in (40em, 640 px) a one-line block grew and shrank by
600 px: Lighthouse measured a cumulative layout shift of 0.26 on
`mistakes/too-many-or-too-few-workers/` (performance 77-86).

A code block's height is its number of lines times its line height, plus its
padding, at any width (lines never wrap; long ones scroll sideways). This extension
writes the number of lines on the `pre` (`style="--overlap-lines: N"`) and the
stylesheet turns it into the stand-in height, so the first paint already has every
block at its own height (within a pixel): no layout shift, and the painting saved
is kept. It is a Python-Markdown extension, so MkDocs and Zensical both run it;
it runs after the highlighted blocks are put back into the page.
"""

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

# A highlighted block as pymdownx.highlight writes it:
# <pre ...><span></span><code ...>...</code></pre>
CODE_BLOCK = re.compile(
    r"<pre(?P<attributes>[^>]*)>(?P<code>(?:<span></span>)?<code\b[^>]*>.*?</code>)</pre>",
    re.DOTALL,
)
# After RawHtmlPostprocessor (30), which puts the stashed highlighted blocks back.
PRIORITY = 5


def line_count(code: str) -> int:
    """Lines the block shows: its newlines, plus a last line without one."""
    newlines = code.count("\n")
    text = re.sub(r"<[^>]+>", "", code)
    return newlines if text.endswith("\n") else newlines + 1


def with_line_counts(html: str) -> str:
    """The page with `--overlap-lines` on every `pre` that has no style of its own."""

    def annotate(match: re.Match[str]) -> str:
        attributes = match["attributes"]
        if "style=" in attributes:
            return match[0]
        lines = line_count(match["code"])
        return (
            f'<pre{attributes} style="--overlap-lines: {lines}">{match["code"]}</pre>'
        )

    return CODE_BLOCK.sub(annotate, html)


class CodeBlockLines(Postprocessor):
    def run(self, text: str) -> str:
        return with_line_counts(text)


class CodeBlockLinesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(CodeBlockLines(md), "overlap_code_lines", PRIORITY)


def makeExtension(**kwargs: Any) -> CodeBlockLinesExtension:
    return CodeBlockLinesExtension(**kwargs)
