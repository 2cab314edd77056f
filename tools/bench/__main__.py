"""Run the comparisons, save their results and draw their charts.

python -m tools bench               # everything, as `make bench` does
python -m tools bench --quick       # fewer repeats, to develop
python -m tools bench io_sweep      # one comparison
"""

import argparse
import importlib
import os
import resource
import sys
import time
from pathlib import Path

from tools.bench import results
from tools.bench.measure import PROFILES

BUSY = 1.5  # a load average above this distorts the CPU-bound figures on 2 cores
COMPARISONS = (
    "io_sweep",
    "cpu_workers",
    "gil_release",
    "download_workers",
    "published_tutorial",
    "published_book",
    "published_article",
    "published_fib",
)


def run_one(name: str, profile_name: str, results_dir: Path, charts_dir: Path) -> float:
    """Measure one comparison, save its results and chart; return its run time."""
    module = importlib.import_module(f"tools.bench.{name}")
    print(f"{name}: measuring ({profile_name})...", flush=True)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    body = {
        "load_average_at_start": round(load, 2),
        **module.run(PROFILES[profile_name]),
    }
    elapsed = time.perf_counter() - start
    document = results.document(module.NAME, module.TITLE, profile_name, body, elapsed)
    path = results.write(document, results_dir)
    chart = module.chart(document, results.sha256(path))
    charts_dir.mkdir(parents=True, exist_ok=True)
    (charts_dir / f"{module.NAME}.svg").write_text(chart, encoding="utf-8")
    print(
        f"{name}: {elapsed:.1f} s, wrote {path.name} and {module.NAME}.svg", flush=True
    )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools bench", description=__doc__)
    parser.add_argument(
        "names",
        nargs="*",
        choices=[[], *COMPARISONS],
        metavar="NAME",
        help=f"comparisons to run (default: all): {', '.join(COMPARISONS)}",
    )
    parser.add_argument(
        "--quick",
        action="store_const",
        const="quick",
        dest="profile",
        default="full",
        help="fewer repeats: for development, not the site",
    )
    parser.add_argument(
        "--profile", choices=sorted(PROFILES), default="full", help=argparse.SUPPRESS
    )
    parser.add_argument("--results-dir", type=Path, default=results.RESULTS_DIR)
    parser.add_argument("--charts-dir", type=Path, default=results.CHARTS_DIR)
    args = parser.parse_args(argv)
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # 1,000 sockets at once
    load = os.getloadavg()[0]  # the last minute's load, before the run adds its own
    if load > BUSY:
        print(
            f"warning: load average {load:.1f}: other programs will slow the CPU-bound"
        )
        print("comparisons down; for figures to publish, wait for a quiet machine.")
    start = time.perf_counter()
    run_times = {
        name: round(run_one(name, args.profile, args.results_dir, args.charts_dir), 1)
        for name in args.names or COMPARISONS
    }
    elapsed = time.perf_counter() - start
    if not args.names:  # a whole run: record how long it took
        body = {
            "comparisons": run_times,
            "load_average_at_start": round(load, 2),
            "measurements": {},
        }
        summary = results.document("run", "make bench", args.profile, body, elapsed)
        results.write(summary, args.results_dir)
    print(f"make bench: {elapsed:.0f} s in all", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
