"""`make diagrams`: draw every diagram of the pages as SVG, with the npm `mermaid`.

Each ```` ```mermaid ```` block's text is drawn in Debian's Chromium by the
package locked in `package-lock.json` and written to
`docs/diagrams/<digest>.svg` (`tools/site/diagrams.py` puts it in the page);
drawings no page uses any more are removed. Colours are the theme's
`--md-mermaid-*` variables, which the page defines for both colour schemes, and
text is measured in the font the pages use.
"""

import argparse
import json
import shutil
import sys

from playwright.sync_api import sync_playwright

from tools.chromium import CHROMIUM_ARGS
from tools.site.diagrams import DRAWINGS, ROOT, diagrams_in

MERMAID = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
# Each drawing names the mermaid that drew it; a test holds it to package-lock.json.
VERSION_ATTRIBUTE = "data-mermaid-version"
# The theme's font stack when it loads no web font (`theme.font: false`).
FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
# Scoped by mermaid to the drawing; written after its own rules, so these win.
THEME_CSS = """
text, .nodeLabel, .edgeLabel { font-family: var(--md-mermaid-font-family); }
.node rect, .node polygon, .node circle, .node path,
.statediagram-state rect.basic, .statediagram-state rect.divider {
  fill: var(--md-mermaid-node-bg-color); stroke: var(--md-mermaid-node-fg-color);
}
.node text, .nodeLabel, .label text, .statediagram-state text,
g.stateGroup text, .state-note text { fill: var(--md-mermaid-label-fg-color); }
.flowchart-link, .edgePath .path, .transition, path.relation {
  stroke: var(--md-mermaid-edge-color);
}
marker path, .arrowheadPath, .marker { fill: var(--md-mermaid-edge-color);
  stroke: var(--md-mermaid-edge-color); }
.edgeLabel rect, .labelBkg { fill: var(--md-mermaid-label-bg-color); }
.edgeLabel text, .edgeLabel tspan { fill: var(--md-mermaid-label-fg-color); }
.state-start, .state-end, circle.state-start {
  fill: var(--md-mermaid-edge-color); stroke: var(--md-mermaid-edge-color);
}
"""
DRAW = """async ([source, id, font, css]) => {
  mermaid.initialize({
    startOnLoad: false, securityLevel: "strict", theme: "base",
    fontFamily: font, themeCSS: css, htmlLabels: false,
    flowchart: { htmlLabels: false }, state: { htmlLabels: false },
  });
  const { svg } = await mermaid.render(id, source);
  return svg;
}"""


def draw_all() -> dict[str, str]:
    """Every diagram of the pages, drawn: SVG text by digest."""
    drawn = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.set_content(f'<body style="font-family: {FONT}"></body>')
        page.add_script_tag(path=str(MERMAID))
        for key, source in diagrams_in().items():
            drawn[key] = page.evaluate(
                DRAW, [source, f"diagram-{key}", FONT, THEME_CSS]
            )
        browser.close()
    return drawn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools diagrams", description=__doc__
    )
    parser.parse_args(argv)
    if not MERMAID.is_file():
        print("mermaid is not installed: run `npm ci` (make does)", file=sys.stderr)
        return 1
    version = json.loads((MERMAID.parents[1] / "package.json").read_text())["version"]
    drawn = draw_all()
    DRAWINGS.mkdir(parents=True, exist_ok=True)
    for key, svg in drawn.items():
        stamped = svg.replace("<svg ", f'<svg {VERSION_ATTRIBUTE}="{version}" ', 1)
        (DRAWINGS / f"{key}.svg").write_text(stamped + "\n", encoding="utf-8")
        print(f"drew docs/diagrams/{key}.svg")
    for stale in sorted(
        set(DRAWINGS.glob("*.svg")) - {DRAWINGS / f"{k}.svg" for k in drawn}
    ):
        stale.unlink()
        print(f"removed {stale.relative_to(ROOT)}: no page draws it any more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
