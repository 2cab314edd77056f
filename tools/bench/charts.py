"""Charts of saved results, as small accessible SVG that follows the site's theme.

Pure Python, no plotting library. Every chart names itself to assistive technology
(``role="img"``, a `<title>` and a `<desc>` that states the plotted values in
words). Lines differ by dash pattern and marker shape as well as colour; text and
axes use ``currentColor``, and the colours follow the reader's scheme, whether
chosen by the operating system or by Material's light/dark toggle (the SVG is
included inline in the page, so the page's CSS reaches it). Each chart records
the results file it was drawn from and that file's SHA-256.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

WIDTH = 720
_LIGHT = ("#2456c8", "#b3261e", "#1a7347", "#8a4baf", "#8a5a00")
_DARK = ("#8eaaff", "#ff8a80", "#6fd39a", "#d7a6f0", "#f0c060")
_SCHEMES = {"default": _LIGHT, "slate": _DARK}
_STYLE = "".join(
    [
        ".bc{color:#1f2328;max-width:100%;height:auto;"
        "font:12px var(--md-text-font-family,system-ui,sans-serif)}",
        *(f".bc .s{i}{{--c:{c}}}" for i, c in enumerate(_LIGHT)),
        "@media (prefers-color-scheme:dark){.bc{color:#e3e6ee}",
        *(f".bc .s{i}{{--c:{c}}}" for i, c in enumerate(_DARK)),
        "}",
        *(
            f"[data-md-color-scheme={scheme}] .bc{{color:var(--md-typeset-color)}}"
            + "".join(
                f"[data-md-color-scheme={scheme}] .bc .s{i}{{--c:{c}}}"
                for i, c in enumerate(colours)
            )
            for scheme, colours in _SCHEMES.items()
        ),
        ".bc text{fill:currentColor}",
        ".bc .line{fill:none;stroke:var(--c);stroke-width:2}",
        ".bc .mark{fill:var(--c);stroke:var(--c)}",
        ".bc .bar{fill:var(--c)}",
        ".bc .published{fill:none;stroke:currentColor;stroke-width:1.5}",
        ".bc .ideal{fill:none;stroke:currentColor;stroke-width:1.5;"
        "stroke-dasharray:6 4;opacity:.8}",
        ".bc .grid{stroke:currentColor;opacity:.2}",
        ".bc .axis{stroke:currentColor;opacity:.7}",
    ]
)
_DASHES = ("", "8 3", "2 3", "10 3 2 3", "4 4")


@dataclass(frozen=True)
class Series:
    """A named line of (x, y) points; ``ideal`` draws it as a dashed reference."""

    name: str
    points: list[tuple[float, float]] = field(default_factory=list)
    ideal: bool = False


def seconds(value: float) -> str:
    """A duration with three significant figures: 0.104 s, 4.62 s, 23.1 s, 150 s."""
    return f"{value:.0f} s" if value >= 100 else f"{value:.3g} s"


def times(value: float) -> str:
    """A speed-up or ratio: 1.93x."""
    return f"{value:.2f}x"


def tag(name: str, text: str | None = None, **attributes: object) -> str:
    """One SVG element; ``class_`` is ``class``, other underscores are hyphens."""
    parts = [name]
    for key, value in attributes.items():
        if value is None or value == "":
            continue
        if isinstance(value, float):
            value = f"{value:.1f}"
        parts.append(f'{key.rstrip("_").replace("_", "-")}="{escape(str(value))}"')
    opening = "<" + " ".join(parts)
    return f"{opening}/>" if text is None else f"{opening}>{escape(text)}</{name}>"


def _open(results: dict[str, Any], sha: str, height: int, desc: str) -> list[str]:
    """The root element, title, description (with where it was measured) and style."""
    figure_id = "bench-" + results["name"].replace("_", "-")
    machine, python = results["machine"], results["python"]
    where = (
        f"Measured {results['date'][:10]} on {machine['cores_available']} cores"
        f" ({machine['cpu_model']}), {python['implementation']} {python['version']}."
    )
    root = tag(
        "svg",
        xmlns="http://www.w3.org/2000/svg",
        class_="bc",
        viewBox=f"0 0 {WIDTH} {height}",
        width=WIDTH,
        height=height,
        role="img",
        aria_labelledby=f"{figure_id}-title {figure_id}-desc",
        data_results=f"docs/benchmarks/results/{results['name']}.json",
        data_results_sha256=sha,
    )
    return [
        root.removesuffix("/>") + ">",
        tag("title", results["title"], id=f"{figure_id}-title"),
        tag("desc", f"{desc} {where}", id=f"{figure_id}-desc"),
        f"<style>{_STYLE}</style>",
    ]


def _ticks(low: float, high: float, log: bool) -> list[float]:
    """Round values covering low..high: powers of ten, or 4 to 6 even steps."""
    if log:
        first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
        steps = (1, 2, 5) if last - first <= 2 else (1,)  # few decades: 1, 2, 5
        ticks = [m * 10.0**e for e in range(first, last) for m in steps]
        ticks.append(10.0**last)
        start = max(t for t in ticks if t <= low * 1.05)  # within 5%: on the axis
        end = min(t for t in ticks if t >= high / 1.05)
        return [t for t in ticks if start <= t <= end]
    span = high - low or 1.0
    magnitude = 10 ** math.floor(math.log10(span / 4))
    step = next(
        m * magnitude for m in (1, 2, 2.5, 5, 10) if span / (m * magnitude) <= 6
    )
    start = math.floor(low / step) * step
    return [start + i * step for i in range(int((high - start) / step + 1.5))]


def _label(value: float) -> str:
    return f"{value:g}" if value < 10_000 else f"{value:,.0f}"


def _marker(shape: int, x: float, y: float) -> str:
    """Circle, square, triangle or diamond: series differ in shape, not only colour."""
    if shape == 0:
        return tag("circle", cx=x, cy=y, r=4)
    if shape == 1:
        return tag("rect", x=x - 4, y=y - 4, width=8, height=8)
    if shape == 2:
        return tag("path", d=f"M{x:.1f} {y - 5:.1f}l5 9h-10z")
    return tag("path", d=f"M{x:.1f} {y - 5:.1f}l5 5l-5 5l-5 -5z")


def _legend(series: list[Series]) -> list[tuple[int, int, Series]]:
    """(row, x, series) of each legend entry, wrapped to the chart's width."""
    placed, row, x = [], 0, 64
    for line in series:
        width = 34 + 7 * len(line.name) + 22
        if x + width > WIDTH and x > 64:
            row, x = row + 1, 64
        placed.append((row, x, line))
        x += width
    return placed


def _line_sample(index: int, line: Series, x: float, y: float) -> list[str]:
    if line.ideal:
        return [tag("line", class_="ideal", x1=x, y1=y, x2=x + 28, y2=y)]
    dash = _DASHES[index % len(_DASHES)]
    return [
        f'<g class="s{index % len(_DASHES)}">',
        tag("line", class_="line", x1=x, y1=y, x2=x + 28, y2=y, stroke_dasharray=dash),
        f'<g class="mark">{_marker(index % 4, x + 14, y)}</g></g>',
    ]


def line_chart(
    results: dict[str, Any],
    results_sha256: str,
    series: list[Series],
    *,
    x_label: str,
    y_label: str,
    description: str,
    log_x: bool = False,
    log_y: bool = False,
    y_from_zero: bool = False,
) -> str:
    """A line chart with a legend, markers, axes and a dashed ideal line.

    The x ticks are the measured x values; the values are also listed in the
    description, for readers who cannot see the picture.
    """
    legend = _legend(series)
    legend_height = 24 * (1 + max(row for row, _, _ in legend))
    height = 350 + legend_height
    left, right, top, bottom = 64, WIDTH - 20, legend_height + 16, height - 48
    x_ticks = sorted({x for line in series for x, _ in line.points})
    ys = [y for line in series for _, y in line.points]
    y_ticks = _ticks(0.0 if y_from_zero else min(ys), max(ys), log_y)

    def scale(value: float, ends: tuple[float, float], log: bool) -> float:
        low, high = ends
        if log:
            value, low, high = math.log10(value), math.log10(low), math.log10(high)
        return (value - low) / ((high - low) or 1.0)

    def px(x: float) -> float:
        return (
            left + 10 + scale(x, (x_ticks[0], x_ticks[-1]), log_x) * (right - left - 20)
        )

    def py(y: float) -> float:
        return bottom - scale(y, (y_ticks[0], y_ticks[-1]), log_y) * (bottom - top)

    value = seconds if "second" in y_label else times
    words = "; ".join(
        f"{line.name}: "
        + ", ".join(f"{_label(x)} → {value(y)}" for x, y in line.points)
        for line in series
    )
    desc = f"{description} Values ({x_label} → {y_label}): {words}."
    out = _open(results, results_sha256, height, desc)
    out.append('<g class="legend">')
    for index, (row, x, line) in enumerate(legend):
        y = 14 + 24 * row
        out += _line_sample(index, line, x, y)
        out.append(tag("text", line.name, x=x + 34, y=y + 4))
    out.append("</g>")
    out.append('<g class="axes">')
    for tick in y_ticks:
        y = py(tick)
        out.append(tag("line", class_="grid", x1=left, y1=y, x2=right, y2=y))
        out.append(tag("text", _label(tick), x=left - 6, y=y + 4, text_anchor="end"))
    for tick in x_ticks:
        x = px(tick)
        out.append(tag("line", class_="grid", x1=x, y1=top, x2=x, y2=bottom))
        out.append(tag("text", _label(tick), x=x, y=bottom + 16, text_anchor="middle"))
    out.append(tag("line", class_="axis", x1=left, y1=bottom, x2=right, y2=bottom))
    out.append(tag("line", class_="axis", x1=left, y1=top, x2=left, y2=bottom))
    middle = (top + bottom) / 2
    out.append(
        tag("text", x_label, x=(left + right) / 2, y=height - 8, text_anchor="middle")
    )
    out.append(
        tag(
            "text",
            y_label,
            transform=f"translate(14 {middle:.0f}) rotate(-90)",
            text_anchor="middle",
        )
    )
    out.append("</g>")
    for index, line in enumerate(series):
        path = " ".join(
            f"{'L' if i else 'M'}{px(x):.1f} {py(y):.1f}"
            for i, (x, y) in enumerate(line.points)
        )
        if line.ideal:
            out.append(tag("path", class_="ideal", d=path))
            continue
        dash = _DASHES[index % len(_DASHES)]
        out.append(f'<g class="s{index % len(_DASHES)}">')
        out.append(tag("path", class_="line", d=path, stroke_dasharray=dash))
        marks = "".join(_marker(index % 4, px(x), py(y)) for x, y in line.points)
        out.append(f'<g class="mark">{marks}</g></g>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def bar_chart(
    results: dict[str, Any],
    results_sha256: str,
    rows: list[tuple[str, float, float]],
    *,
    description: str,
    scaled_note: str = "",
    speedup: bool = False,
) -> str:
    """Pairs of horizontal bars, published (outlined) above measured (solid).

    Each row is (label, published, measured): seconds, or speed-ups over
    sequential if `speedup` is true.
    """
    value: Callable[[float], str] = times if speedup else seconds
    row_height, top = 44, 34
    bottom = top + row_height * len(rows)
    height = bottom + 36
    left = 12 + 7 * max(len(name) for name, _, _ in rows)
    right = WIDTH - 90
    ticks = _ticks(0.0, max(max(p, m) for _, p, m in rows), False)

    def px(number: float) -> float:
        return left + number / ticks[-1] * (right - left)

    words = "; ".join(
        f"{name}: published {value(p)}, measured {value(m)}" for name, p, m in rows
    )
    out = _open(
        results, results_sha256, height, f"{description} {words}. {scaled_note}"
    )
    out += [
        '<g class="legend">',
        tag("rect", class_="published", x=left, y=8, width=24, height=10),
        tag("text", "published", x=left + 30, y=17),
        '<g class="s0">',
        tag("rect", class_="bar", x=left + 120, y=8, width=24, height=10),
        "</g>",
        tag("text", "measured here", x=left + 150, y=17),
        "</g>",
    ]
    for tick in ticks:
        x = px(tick)
        out.append(tag("line", class_="grid", x1=x, y1=top - 4, x2=x, y2=bottom))
        out.append(tag("text", f"{tick:g}", x=x, y=bottom + 16, text_anchor="middle"))
    axis = "speed-up over sequential" if speedup else "seconds"
    out.append(
        tag("text", axis, x=(left + right) / 2, y=height - 4, text_anchor="middle")
    )
    for index, (name, published, measured) in enumerate(rows):
        y = top + index * row_height
        out.append(tag("text", name, x=left - 8, y=y + 22, text_anchor="end"))
        width = max(px(published) - left, 1.0)
        out.append(
            tag("rect", class_="published", x=left, y=y + 2, width=width, height=16)
        )
        out.append(tag("text", value(published), x=px(published) + 6, y=y + 15))
        width = max(px(measured) - left, 1.0)
        out.append('<g class="s0">')
        out.append(tag("rect", class_="bar", x=left, y=y + 21, width=width, height=16))
        out.append("</g>")
        out.append(tag("text", value(measured), x=px(measured) + 6, y=y + 34))
    out.append("</svg>")
    return "\n".join(out) + "\n"
