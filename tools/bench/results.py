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
        **source_stamp(name),
        **body,
    }


def source_stamp(name: str) -> dict[str, str]:
    """The comparison's module and its SHA-256: the verification page
    (`tools/site/verification.py`) flags these results once the module changes."""
    module = Path(__file__).resolve().parent / f"{name}.py"
    if not module.is_file():  # the run's own record, `run.json`
        return {}
    return {
        "source": module.relative_to(ROOT).as_posix(),
        "source_sha256": sha256(module),
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
    """The SHA-256 of a file: a chart records its results file's, a results file its
    module's."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
