"""Compare printed output with an example's `#>` lines, letting measured figures drift.

A *figure* is a number followed by a unit: `2.0 s`, `250 ms`, `7.9x`, `95%`.
Two output lines agree when their text outside figures is identical and each pair of
figures is within the example's declared `Tolerance`. Nothing else is loosened.
"""

import re

from tools.examples.output_lines import OUTPUT_LINE
from tools.examples.settings import Tolerance

FIGURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?=\s?(?:s|ms|x|%)(?!\w))")


def figures_agree(shown: str, actual: str, tolerance: Tolerance) -> bool:
    """Whether two output lines differ only in figures, each within `tolerance`."""
    if FIGURE.sub("#", shown) != FIGURE.sub("#", actual):
        return False
    for shown_text, actual_text in zip(
        FIGURE.findall(shown), FIGURE.findall(actual), strict=True
    ):
        expected, measured = float(shown_text), float(actual_text)
        allowed = max(tolerance.absolute, tolerance.relative * abs(expected))
        allowed += rounding_slack(shown_text) + rounding_slack(actual_text)
        if abs(measured - expected) > allowed:
            return False
    return True


def rounding_slack(figure: str) -> float:
    """Half a unit in the last digit shown: `0.3` stands for 0.25 up to 0.35."""
    decimals = len(figure.partition(".")[2])
    return 0.5 * 10**-decimals


def has_figures(source: str) -> bool:
    """Whether any `#>` line of `source` shows a measured figure."""
    return any(
        OUTPUT_LINE.match(line) and FIGURE.search(line) for line in source.splitlines()
    )


def reconcile(shown: str, actual: str, tolerance: Tolerance) -> str:
    """Return `actual`, keeping each shown `#>` line whose figures are within tolerance.

    `shown` is the example as written; `actual` is the same source with the `#>`
    lines a real run printed. When the result equals `shown`, the example passes.
    In update mode the result is written back, so figures that are still within
    tolerance are not rewritten on every run.
    """
    shown_lines, actual_lines = shown.splitlines(), actual.splitlines()
    if len(shown_lines) != len(actual_lines):
        return actual
    merged = [
        (
            old
            if old == new
            or (
                OUTPUT_LINE.match(old)
                and OUTPUT_LINE.match(new)
                and figures_agree(old, new, tolerance)
            )
            else new
        )
        for old, new in zip(shown_lines, actual_lines, strict=True)
    ]
    return "\n".join(merged) + "\n"
