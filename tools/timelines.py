"""Regenerate the guide's timeline figures from real runs of their examples.

Run `make figures` (or `python -m tools figures [example ...]` to redo only
some). Each figure runs its example unchanged under `overlap.timeline.record_script`,
keeps the lanes it names, and writes `docs/figures/<example path>.svg`, stamped with
the SHA-256 of the example's source: a test fails when the example changes and the
figure was not regenerated.
"""

import argparse
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from overlap import timeline, timeline_svg

ROOT = Path(__file__).resolve().parents[1]
FIGURES = ROOT / "docs" / "figures"


@dataclass(frozen=True)
class Figure:
    """One picture: which example, which lanes, and what it shows."""

    example: str  # path from the repository root
    title: str
    description: str  # what the reader should see, in a sentence or two
    lanes: str  # regular expression: the lanes to draw
    crop_to: str | None = None  # draw only while these lanes exist
    page: str = ""  # the page that shows the figure next to its example
    attempts: int = 1  # runs to record; the fastest is drawn (see below)

    @property
    def path(self) -> Path:
        stem = Path(self.example).relative_to("examples").with_suffix(".svg")
        return FIGURES / stem

    @property
    def figure_id(self) -> str:
        return "tl-" + Path(self.example).stem.replace("_", "-")


def source_sha256(example: str) -> str:
    return hashlib.sha256((ROOT / example).read_bytes()).hexdigest()


FIGURE_LIST = [
    Figure(
        "examples/threads/from_scratch/01_start_and_join.py",
        "Two waits, one after the other, then on two threads",
        "The main thread first waits twice in a row. Then it starts two threads,"
        " whose waits overlap, and is blocked in join() until both have finished.",
        lanes=r"MainThread|Thread-\d+ \(wait_for_reply\)",
        page="docs/threads/from-scratch.md",
    ),
    Figure(
        "examples/threads/from_scratch/03_start_all_then_join.py",
        "Ten threads started then joined, and ten joined inside the start loop",
        "Started in one loop and joined in a second, the ten threads wait at the"
        " same time. Joined inside the start loop, each thread starts only when"
        " the previous one has finished: a staircase of ten waits.",
        lanes=r"MainThread|Thread-\d+ \(sleep\)",
        page="docs/threads/from-scratch.md",
    ),
    Figure(
        "examples/threads/thread_pools/03_as_completed_vs_map.py",
        "A pool of three threads running three jobs, twice",
        "Three workers sleep 0.3, 0.1 and 0.2 s at the same time, twice. Between"
        " jobs the workers are blocked on the pool's queue, and the main thread is"
        " blocked until the next result is ready.",
        lanes=r"MainThread|ThreadPoolExecutor-\d+_\d+",
        page="docs/threads/thread-pools.md",
    ),
    Figure(
        "examples/threads/sharing_state/05_semaphore.py",
        "Nine queries through a semaphore of three",
        "Nine threads start at once, but only three hold a slot of the semaphore:"
        " the others are blocked until a slot is released, so the queries run in"
        " three batches of three.",
        lanes=r"Thread-\d+ \(run_query\)",
        page="docs/threads/sharing-state.md",
    ),
    Figure(
        "examples/threads/the_gil/01_computing_threads_take_turns.py",
        "One computing thread, then two computing threads taking turns",
        "First one thread adds up all the numbers alone. Then two threads each add"
        " up half of them: they take turns holding the GIL, each ready but not"
        " running while the other runs, and finish no sooner.",
        lanes=r"ThreadPoolExecutor-[01]_\d+",
        page="docs/threads/the-gil.md",
        attempts=3,
    ),
    Figure(
        "examples/threads/the_gil/02_c_code_releases_the_gil.py",
        "Two threads hashing large pieces at the same time",
        "Two threads hash 1 MiB pieces: hashlib releases the GIL while it hashes,"
        " so both threads run at the same time, one per core.",
        lanes=r"ThreadPoolExecutor-1_\d+",
        page="docs/threads/the-gil.md",
        attempts=3,
    ),
    Figure(
        "examples/threads/the_gil/03_processes_for_python_loops.py",
        "Four processes computing on two cores",
        "Four worker processes run the same Python loop. Each has its own"
        " interpreter and its own GIL, so two of them compute at any moment, one"
        " per core; the other two are ready, waiting for a core.",
        lanes=r"MainThread|\w*Process-\d+",
        page="docs/threads/the-gil.md",
        attempts=3,
    ),
    Figure(
        "examples/start/waiting_vs_computing/03_wall_vs_cpu_time.py",
        "A job that waits, then a job that computes",
        "The same thread first waits for a reply, using no CPU, then computes a"
        " sum of squares, running the whole time.",
        lanes=r"MainThread",
        page="docs/start/waiting-vs-computing.md",
        attempts=3,
    ),
    Figure(
        "examples/asyncio/coroutines/02_await_is_where_tasks_switch.py",
        "Two tasks switching at await",
        "The event loop runs one task at a time. Task-1 runs main(); each gather()"
        " runs A and B as two tasks (Task-2 and 3, then 4 and 5, then 6 and 7)."
        " Tasks that await asyncio.sleep(0) hand over at every await; a task that"
        " never pauses runs all its steps in one go.",
        lanes=r"Task-[1-7]",
        page="docs/asyncio/coroutines.md",
    ),
]


def record(figure: Figure) -> timeline.Timeline:
    run = timeline.record_script(figure.example, cwd=ROOT).select(figure.lanes)
    if figure.crop_to:
        shown = run.select(figure.crop_to)
        run = run.crop(shown.start, shown.end)
    return run


def make(figure: Figure) -> Path:
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
