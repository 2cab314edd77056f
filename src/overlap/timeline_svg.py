"""Draw a `Timeline` as a small, accessible SVG.

One row per lane, time running left to right from the first span (0 s). The four
states differ in shape, not only in colour: *running* is a solid bar, *ready* a
hatched bar, *waiting* an empty box and *blocked* a thin line. A legend lists the
states the picture uses.

The SVG names itself to assistive technology (``role="img"``, a `<title>` and a
`<desc>` that states the measured times in words) and takes its colours from CSS:
its text and outlines use ``currentColor``, and its accent colour follows the
reader's colour scheme, whether chosen by the operating system
(``prefers-color-scheme``) or by the site's light/dark toggle (Material for MkDocs'
``data-md-color-scheme``). That works when the SVG is part of the page (included
inline), which is how the guide shows it.

Bars are drawn at whole pixels: a column shows the state that covers most of it,
so the file stays small however many spans the run recorded.
"""

from __future__ import annotations

import math
import re
from html import escape

from overlap.timeline import STATES, Timeline

WIDTH = 720
"""Width of the drawing, in pixels (it scales down to fit narrower pages)."""

_ID = re.compile(r"[A-Za-z][\w-]*")
_STYLE = (
    ".tl{color:#1f2328;--tl-accent:#2456c8;max-width:100%;height:auto;"
    "font:12px var(--md-text-font-family,system-ui,sans-serif)}"
    "@media (prefers-color-scheme:dark){.tl{color:#e3e6ee;--tl-accent:#8eaaff}}"
    "[data-md-color-scheme=default] .tl{color:var(--md-typeset-color);"
    "--tl-accent:#2456c8}"
    "[data-md-color-scheme=slate] .tl{color:var(--md-typeset-color);"
    "--tl-accent:#8eaaff}"
    ".tl text{fill:currentColor}"
    ".tl .running{fill:var(--tl-accent)}"
    ".tl .ready{stroke:var(--tl-accent)}"
    ".tl .waiting{fill:none;stroke:currentColor}"
    ".tl .blocked{fill:currentColor;opacity:.6}"
    ".tl .grid{stroke:currentColor;opacity:.25}"
)
_LEGEND = {
    "running": "running",
    "ready": "ready (wants a CPU)",
    "waiting": "waiting (sleep, I/O, await)",
    "blocked": "blocked (lock, join, queue)",
}


def render(
    timeline: Timeline,
    *,
    title: str,
    description: str,
    figure_id: str,
    attributes: dict[str, str] | None = None,
) -> str:
    """The SVG text of `timeline`.

    Args:
        timeline: what to draw; its first start is drawn as 0.
        title: a short name for the picture, its `<title>`.
        description: what the picture shows, in a sentence or two; the measured
            time each lane spent in each state is appended to make the `<desc>`.
        figure_id: unique on the page it goes in: it prefixes the SVG's ids.
        attributes: extra attributes for the root element (``data-*``).

    Raises:
        ValueError: if `figure_id` is not a valid id, or `title` is empty.
    """
    if not _ID.fullmatch(figure_id):
        raise ValueError(f"figure_id {figure_id!r} must be a letter then [A-Za-z0-9_-]")
    if not title.strip():
        raise ValueError("a figure needs a title")
    lanes = timeline.lanes
    origin, duration = timeline.start, max(timeline.duration, 1e-9)
    row = 22 if len(lanes) <= 8 else 16
    bar = row - 8
    label_width = 12 + 7 * max(len(lane) for lane in lanes)
    left, right = label_width, WIDTH - 16
    scale = (right - left) / duration
    legend_height = 26
    top = legend_height + 4
    height = top + row * len(lanes) + 34
    columns = {
        lane: _columns(timeline, lane, origin, scale, left, right) for lane in lanes
    }
    drawn = {state for runs in columns.values() for state, _, _ in runs}
    used = [state for state in STATES if state in drawn]

    root = {
        "xmlns": "http://www.w3.org/2000/svg",
        "class": "tl",
        "viewBox": f"0 0 {WIDTH} {height}",
        "width": str(WIDTH),
        "height": str(height),
        "role": "img",
        "aria-labelledby": f"{figure_id}-title {figure_id}-desc",
        **(attributes or {}),
    }
    out = ["<svg " + " ".join(f'{k}="{escape(v)}"' for k, v in root.items()) + ">"]
    out.append(f'<title id="{figure_id}-title">{escape(title)}</title>')
    summary = describe(timeline)
    out.append(
        f'<desc id="{figure_id}-desc">{escape(description.strip())} {summary}</desc>'
    )
    out.append(f"<style>{_STYLE}</style>")
    hatch = f"{figure_id}-hatch"
    if "ready" in used:
        out.append(
            f'<defs><pattern id="{hatch}" width="5" height="5"'
            ' patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            '<rect width="2" height="5" class="running"/></pattern></defs>'
        )

    # Legend: a swatch of each state drawn, looking like the bars.
    x = 8
    out.append('<g class="legend">')
    for state in used:
        out.append(_shape(state, [(x, x + 18)], 8, 10, hatch))
        out.append(f'<text x="{x + 24}" y="17">{escape(_LEGEND[state])}</text>')
        x += 24 + 6 * len(_LEGEND[state]) + 22
    out.append("</g>")

    # Axis: gridlines and labels at round numbers.
    unit, factor = ("ms", 1000) if duration < 0.05 else ("s", 1)
    step = _tick_step(duration * factor) / factor
    bottom = top + row * len(lanes)
    out.append('<g class="axis">')
    ticks = math.floor(duration / step + 1e-9)
    for index in range(ticks + 1):
        value = index * step
        tick_x = round(left + value * scale, 1)
        out.append(
            f'<line class="grid" x1="{tick_x}" y1="{top - 2}"'
            f' x2="{tick_x}" y2="{bottom + 4}"/>'
        )
        label = f"{value * factor:g} {unit}"
        out.append(
            f'<text x="{tick_x}" y="{bottom + 18}" text-anchor="middle">{label}</text>'
        )
    out.append("</g>")

    for index, lane in enumerate(lanes):
        y = top + index * row
        out.append(f'<g class="lane" data-lane="{escape(lane)}">')
        out.append(
            f'<text x="{left - 8}" y="{y + row / 2 + 4}" text-anchor="end">'
            f"{escape(lane)}</text>"
        )
        for state in used:
            runs = [(a, b) for s, a, b in columns[lane] if s == state]
            if runs:
                out.append(_shape(state, runs, y + 4, bar, hatch))
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def describe(timeline: Timeline) -> str:
    """The measured time of each lane in each state, in words."""
    parts = []
    for lane in timeline.lanes:
        times = [
            f"{state} {_seconds(timeline.total(state, lane))}"
            for state in STATES
            if timeline.total(state, lane) >= 0.0005
        ]
        parts.append(f"{lane}: {', '.join(times) or 'too brief to measure'}")
    return (
        f"The run shown lasts {_seconds(timeline.duration)}. " + "; ".join(parts) + "."
    )


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 0.1 else f"{value:.2f} s"


def _tick_step(span: float) -> float:
    """A round step giving about 5 to 10 ticks over `span`."""
    magnitude = 10 ** math.floor(math.log10(span / 5))
    for multiple in (1, 2, 2.5, 5, 10):
        if span / (multiple * magnitude) <= 10:
            return multiple * magnitude
    return 10 * magnitude


def _columns(
    timeline: Timeline, lane: str, origin: float, scale: float, left: int, right: int
) -> list[tuple[str, int, int]]:
    """Runs of whole-pixel columns, each in the state covering most of it."""
    width = right - left
    cover = [dict.fromkeys(STATES, 0.0) for _ in range(width)]
    # Consecutive waits stay separate boxes (two sleeps in a row are two waits).
    box_starts: set[int] = set()
    for span in timeline.spans:
        if span.lane != lane:
            continue
        a = (span.start - origin) * scale
        b = (span.end - origin) * scale
        if span.state == "waiting" and b - a >= 1:
            box_starts.add(round(a))
        for column in range(max(int(a), 0), min(math.ceil(b), width)):
            cover[column][span.state] += min(b, column + 1) - max(a, column)
    runs: list[tuple[str, int, int]] = []
    for column, shares in enumerate(cover):
        state = max(shares, key=shares.__getitem__)
        if shares[state] < 0.5:
            continue
        x = left + column
        new_box = state == "waiting" and column in box_starts
        if runs and runs[-1][0] == state and runs[-1][2] == x and not new_box:
            runs[-1] = (state, runs[-1][1], x + 1)
        else:
            runs.append((state, x, x + 1))
    return runs


def _shape(
    state: str, runs: list[tuple[int, int]], y: float, height: int, hatch: str
) -> str:
    """One path drawing `runs` (x ranges) in the look of `state`."""
    if state == "blocked":  # a thin line through the middle of the row
        y, height = y + height / 2 - 1, 2
    if state in ("waiting", "ready"):  # outlines: keep the stroke inside
        d = "".join(
            f"M{a + 0.5} {y + 0.5}h{b - a - 1}v{height - 1}h{a + 1 - b}z"
            for a, b in runs
        )
    else:
        d = "".join(f"M{a} {y}h{b - a}v{height}h{a - b}z" for a, b in runs)
    fill = f' fill="url(#{hatch})"' if state == "ready" else ""
    return f'<path class="{state}"{fill} d="{d}"/>'
