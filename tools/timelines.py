"""Regenerate the guide's timeline figures from real runs of their examples.

Run `make figures` (or `python -m tools figures [example ...]` to redo only
some). Each chapter's manifest lists its figures (`[[timeline]]` in
`examples/<part>/<chapter>/chapter.toml`). Each figure runs its example unchanged
under `overlap.timeline.record_script`, keeps the lanes it names, and writes
`docs/figures/<example path>.svg`, stamped with the SHA-256 of the example's source:
a test fails when the example changes and the figure was not regenerated.
"""

import argparse
import hashlib
import os
import sys
from pathlib import Path

from overlap import timeline, timeline_svg
from tools.examples.chapters import TimelineFigure, chapters

ROOT = Path(__file__).resolve().parents[1]

FIGURE_LIST = [figure for chapter in chapters() for figure in chapter.timelines]


def source_sha256(example: str) -> str:
    return hashlib.sha256((ROOT / example).read_bytes()).hexdigest()


def record(figure: TimelineFigure) -> timeline.Timeline:
    run = timeline.record_script(figure.example, cwd=ROOT).select(figure.lanes)
    if figure.crop_to:
        shown = run.select(figure.crop_to)
        run = run.crop(shown.start, shown.end)
    return run


def make(figure: TimelineFigure) -> Path:
    # Figures of computation keep the fastest of a few runs, as the examples keep
    # the fastest round: a slower run was slowed by other programs on the machine.
    runs = [record(figure) for _ in range(figure.attempts)]
    run = min(runs, key=lambda run: run.duration)
    svg = timeline_svg.render(
        run,
        title=figure.title,
        description=figure.description,
        figure_id=figure.figure_id,
        attributes={
            "data-example": figure.example,
            "data-source-sha256": source_sha256(figure.example),
        },
    )
    figure.path.parent.mkdir(parents=True, exist_ok=True)
    figure.path.write_text(svg, encoding="utf-8")
    return figure.path


def main(argv: list[str] | None = None) -> int:
    """`make figures`: redraw every figure, or only those of the examples named."""
    parser = argparse.ArgumentParser(
        prog="python -m tools figures", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="EXAMPLE",
        choices=[[], *(figure.example for figure in FIGURE_LIST)],
        help="only the figures of these examples (default: all), e.g. "
        + FIGURE_LIST[0].example,
    )
    names = parser.parse_args(argv).names
    chosen = [f for f in FIGURE_LIST if not names or f.example in names]
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) / 2 and any(f.attempts > 1 for f in chosen):
        print(
            f"warning: load average {load:.1f}: other programs will show up in the"
            " figures of computation as time spent ready; redraw when it is quiet"
        )
    for figure in chosen:
        path = make(figure)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
