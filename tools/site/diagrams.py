"""Diagrams drawn once, when they are written, not in every reader's browser.

A ```` ```mermaid ```` block on a page is replaced, at build time, by the SVG that
`make diagrams` (`tools/diagrams.py`) drew from the same text with the npm package
`mermaid`, stored as `docs/diagrams/<digest>.svg`. The reader's browser
loads no diagram library: drawing in the browser took the 3.5 MB library on every
page with a diagram, and on `processes/pipelines/`, whose diagram is on the first
screen, it cost 264-378 ms of blocking time and a layout shift (Lighthouse 91-95;
100 without it). The SVG's colours are the theme's `--md-mermaid-*` variables, so
it follows the reader's colour scheme.

Both generators run it: it is the `format` of the `mermaid` fence in `mkdocs.yml`
(`pymdownx.superfences`), not a MkDocs hook. A diagram without its drawing stops
the build, naming the page's text and the command that draws it.
"""

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
DRAWINGS = DOCS / "diagrams"
# A fence at the start of a line: the pages' diagrams are never indented.
FENCE = re.compile(r"^```mermaid\n(?P<source>.*?)^```$", re.MULTILINE | re.DOTALL)


def digest(source: str) -> str:
    """The name of a diagram's drawing: its text's SHA-256, first 16 digits."""
    return hashlib.sha256(source.strip().encode("utf-8")).hexdigest()[:16]


def drawing(source: str) -> Path:
    return DRAWINGS / f"{digest(source)}.svg"


def diagrams_in(docs: Path = DOCS) -> dict[str, str]:
    """Every diagram's text on the pages, by its digest."""
    return {
        digest(match["source"]): match["source"].strip()
        for page in sorted(docs.rglob("*.md"))
        for match in FENCE.finditer(page.read_text(encoding="utf-8"))
    }


def inline_svg(source: str, language: str, css_class: str, *args, **kwargs) -> str:
    """The fence's HTML: the drawing, in a figure the theme leaves alone."""
    path = drawing(source)
    if not path.is_file():
        first_line = source.strip().splitlines()[0] if source.strip() else ""
        raise ValueError(
            f"no drawing for the diagram starting {first_line!r}"
            f" ({path.relative_to(ROOT)}): run `make diagrams`"
        )
    svg = path.read_text(encoding="utf-8")
    return f'<figure class="overlap-diagram">{svg}</figure>'
