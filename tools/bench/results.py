"""Save a comparison's results as JSON, with the machine, the Python and the date."""

import hashlib
import json
from pathlib import Path
from typing import Any

from tools.bench import machine

ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = ROOT / "docs" / "benchmarks" / "results"
CHARTS_DIR = ROOT / "docs" / "benchmarks" / "charts"

REQUIRED = ("name", "title", "machine", "python", "date", "profile", "measurements")
REQUIRED_PER_MEASUREMENT = ("repeats", "median", "min", "max", "spread", "ideal")


def document(
    name: str, title: str, profile: str, body: dict[str, Any], run_seconds: float
) -> dict[str, Any]:
    """The results file's content: where and when, then the comparison's own data."""
    return {
        "name": name,
        "title": title,
        "machine": machine.machine(),
        "python": machine.python(),
        "date": machine.utc_now(),
        "profile": profile,
        "run_seconds": round(run_seconds, 1),
        **body,
    }


def write(results: dict[str, Any], directory: Path = RESULTS_DIR) -> Path:
    """Write ``<directory>/<name>.json`` and return its path."""
    missing = [key for key in REQUIRED if key not in results]
    if missing:
        raise ValueError(f"results of {results.get('name')!r} lack {missing}")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{results['name']}.json"
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return path


def sha256(path: Path) -> str:
    """The SHA-256 of a results file: a chart records the one it was drawn from."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
