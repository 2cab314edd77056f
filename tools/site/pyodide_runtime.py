"""The browser's Python (Pyodide) and the playground's own files, for a built site.

The runtime comes from the npm package `pyodide` that `package-lock.json` pins
(`npm ci` puts it in `node_modules/pyodide`). A site carries it in
`assets/pyodide/`, beside the playground's files (`assets/playground/`), so a page
never asks another host for anything, and loads none of the runtime until a reader
presses Run.
"""

from __future__ import annotations

import json
import os
import shutil
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "playground" / "assets"
# Where npm put the runtime; OVERLAP_PYODIDE_DIR points elsewhere (the tests point
# it at nothing to build the site as a machine without Node.js does).
RUNTIME = Path(os.environ.get("OVERLAP_PYODIDE_DIR", ROOT / "node_modules" / "pyodide"))
# What a page's worker loads from the runtime package (no optional packages).
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "package.json",  # its version and licence (MPL-2.0)
)


def runtime_available() -> bool:
    return all((RUNTIME / name).is_file() for name in RUNTIME_FILES)


def pyodide_version() -> str:
    package = json.loads((RUNTIME / "package.json").read_text(encoding="utf-8"))
    return package["version"]


@cache
def download_size() -> str:
    """What the first Run downloads: the runtime files, uncompressed."""
    total = sum((RUNTIME / name).stat().st_size for name in RUNTIME_FILES)
    return f"{total / 1e6:.0f} MB"


def copy_playground(site_dir: Path) -> None:
    """Put the Pyodide runtime and the playground's files into a built site."""
    runtime = site_dir / "assets" / "pyodide"
    runtime.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        shutil.copy2(RUNTIME / name, runtime / name)
    shutil.copytree(
        ASSETS,
        site_dir / "assets" / "playground",
        ignore=shutil.ignore_patterns("*.css"),  # inlined in the pages that use it
        dirs_exist_ok=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Copy the playground into a site another generator built (Zensical)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m tools.site.pyodide_runtime",
        description="Put Pyodide's runtime and the playground's files into a built"
        " site, as the MkDocs build does (a step after `zensical build`).",
    )
    parser.add_argument("site_dir", type=Path)
    site_dir = parser.parse_args(argv).site_dir
    if not runtime_available():
        parser.error(f"no Pyodide runtime in {RUNTIME}: run `npm ci`")
    copy_playground(site_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
