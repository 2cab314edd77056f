"""`python -m tools COMMAND [ARGS]`: the command line behind the make targets.

One command per make target that runs a tool; `python -m tools COMMAND --help`
gives a command's own options. Standard library only, and each command imports
its module when it runs: `suite`, `example` and `update` start on the system's
`python3`, before any environment exists; the others run on the environment of the
Python they measure or draw with (the Makefile says which).
"""

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_suite(args: list[str]) -> int:
    from tools import suite

    sys.argv = ["python -m tools suite", *args]  # suite.main reads its own options
    return suite.main()


def example_options(command: str, args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=f"python -m tools {command}")
    parser.add_argument(
        "selection",
        metavar="K",
        help="an example path under examples/, or a pytest -k expression",
    )
    parser.add_argument(
        "--pythons",
        default=os.environ.get("OVERLAP_PYTHONS"),
        required=not os.environ.get("OVERLAP_PYTHONS"),
        help="versions, space-separated (default: $OVERLAP_PYTHONS)",
    )
    return parser.parse_args(args)


def run_example(args: list[str]) -> int:
    from tools import suite

    options = example_options("example", args)
    return suite.one_example(options.pythons.split(), options.selection)


def run_update(args: list[str]) -> int:
    """Rewrite the #> lines of the selected examples from a run on each Python."""
    options = example_options("update", args)
    for python in options.pythons.split():
        status = subprocess.call(
            [
                "tools/pythons",
                *("run", python, "python", "-m", "pytest", "-q"),
                *("-o", f"cache_dir=.pytest_cache/{python}"),
                *("tests/test_examples.py", "tests/test_pages.py"),
                *("--update-examples", "-k", options.selection),
            ],
            cwd=ROOT,
        )
        if status != 0:
            return status
    return 0


def run_figures(args: list[str]) -> int:
    from tools import timelines

    return timelines.main(args)


def run_bench(args: list[str]) -> int:
    from tools.bench.__main__ import main

    return main(args)


def run_playground(args: list[str]) -> int:
    from tools import playground

    return playground.main(args)


def run_audit(args: list[str]) -> int:
    from tools.audit.__main__ import main

    return main(args)


def run_diagrams(args: list[str]) -> int:
    from tools import diagrams

    return diagrams.main(args)


def run_freshness(args: list[str]) -> int:
    from tools import freshness

    return freshness.main(args)


def run_chapter(args: list[str]) -> int:
    from tools import chapter

    return chapter.main(args)


def run_zensical(args: list[str]) -> int:
    from tools.site import zensical_build

    return zensical_build.main(args)


def run_separator(args: list[str]) -> int:
    from tools.site import search_separator

    return search_separator.main(args)


def run_rewrites(args: list[str]) -> int:
    from tools.site import measure_rewrites

    return measure_rewrites.main(args)


# command: (the make target it serves, one line of help, what runs it)
COMMANDS: dict[str, tuple[str, str, Callable[[list[str]], int]]] = {
    "suite": ("make test", "the whole suite on every Python", run_suite),
    "example": (
        "make test-example",
        "one example (K) on every Python at once",
        run_example,
    ),
    "update": (
        "make update-example",
        "rewrite one example's #> lines from a run on every Python",
        run_update,
    ),
    "figures": ("make figures", "redraw the timeline figures", run_figures),
    "bench": ("make bench", "run the comparisons; results and charts", run_bench),
    "playground": (
        "make playground",
        "record which examples run in the browser's Python",
        run_playground,
    ),
    "diagrams": ("make diagrams", "draw the pages' diagrams as SVG", run_diagrams),
    "audit": (
        "make audit",
        "Lighthouse on every page and the blind searches",
        run_audit,
    ),
    "freshness": (
        "checked by make test",
        "which generated files are out of date, and what remakes each",
        run_freshness,
    ),
    "chapter": (
        "make chapter",
        "everything that belongs to a chapter, and what remakes each part",
        run_chapter,
    ),
    "zensical": (
        "make zensical",
        "build the same site with Zensical: rewrites and playground included",
        run_zensical,
    ),
    "separator": (
        "checked by make test",
        "write mkdocs.yml's search separator from the stop-word list",
        run_separator,
    ),
    "rewrites": (
        "run by hand",
        "measure what each HTML rewrite earns on the built site",
        run_rewrites,
    ),
}


def parser() -> argparse.ArgumentParser:
    commands = argparse.ArgumentParser(
        prog="python -m tools",
        description="The command line behind the make targets, one command each.",
    )
    subcommands = commands.add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )
    for name, (target, summary, _) in COMMANDS.items():
        subcommands.add_parser(name, help=f"{summary} ({target})", add_help=False)
    return commands


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        # The rest goes to the command untouched (a `--` and pytest's own options too).
        return COMMANDS[argv[0]][2](argv[1:])
    parser().parse_args(argv)  # --help, or a usage error naming the commands
    return 2


if __name__ == "__main__":
    sys.exit(main())
