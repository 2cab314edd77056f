"""Every diagram on the pages has its drawing, made by the locked mermaid.

`make diagrams` draws each ```` ```mermaid ```` block as `docs/diagrams/<digest>.svg`
(`tools/diagrams.py`); the build puts the drawing in the page
(`tools/site/diagrams.py`) and stops at a diagram without one.
"""

import json
import re

import pytest
from markdown_blocks import ROOT

from tools.diagrams import VERSION_ATTRIBUTE
from tools.site.diagrams import DRAWINGS, diagrams_in, drawing, inline_svg

pytestmark = pytest.mark.timeout(30)


def locked_mermaid() -> str:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return lock["packages"]["node_modules/mermaid"]["version"]


def test_every_diagram_has_its_drawing_and_every_drawing_its_diagram() -> None:
    diagrams = diagrams_in()
    assert diagrams, "no page has a diagram: is the fence pattern still right?"
    missing = sorted(key for key in diagrams if not (DRAWINGS / f"{key}.svg").is_file())
    unused = sorted(
        path.name for path in DRAWINGS.glob("*.svg") if path.stem not in diagrams
    )
    assert not missing, f"diagrams without a drawing: {missing}; run `make diagrams`"
    assert not unused, f"drawings no page uses: {unused}; run `make diagrams`"


def test_drawings_are_made_by_the_locked_mermaid() -> None:
    version = locked_mermaid()
    wrong = {
        path.name: found
        for path in sorted(DRAWINGS.glob("*.svg"))
        if (found := re.search(rf'{VERSION_ATTRIBUTE}="([^"]+)"', path.read_text()))
        is None
        or found.group(1) != version
    }
    assert not wrong, f"drawn by another mermaid than {version}; run `make diagrams`"


def test_drawings_take_their_colours_from_the_theme() -> None:
    """The theme defines `--md-mermaid-*` for both schemes: a drawing that uses
    them follows the reader's scheme."""
    for path in sorted(DRAWINGS.glob("*.svg")):
        assert "var(--md-mermaid-node-bg-color)" in path.read_text(), path.name


def test_a_diagram_without_its_drawing_stops_the_build() -> None:
    source = "flowchart LR\n    nowhere --> drawn\n"
    assert not drawing(source).exists()
    with pytest.raises(ValueError, match="run `make diagrams`"):
        inline_svg(source, "mermaid", "mermaid")
