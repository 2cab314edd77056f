"""Lighthouse on every page of the built site, one run each, as a phone loads it.

Lighthouse (the npm package in `node_modules/`) drives Debian's chromium with its
default settings: the "mobile" form factor (a Moto G Power, 412 x 823 pixels) and
simulated slow 4G and CPU. Each page yields its four category scores (0-100) and
its cumulative layout shift; the full report of each page is kept beside them.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Lighthouse's category ids, and the names the results file gives them.
CATEGORIES = {
    "performance": "performance",
    "accessibility": "accessibility",
    "best-practices": "best_practices",
    "seo": "seo",
}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
LOCATION = re.compile(r"<loc>[a-z]+://[^/]+/([^<]*)</loc>")


def chromium() -> str:
    """Debian's chromium, or exit saying how to install it."""
    executable = shutil.which("chromium")
    if executable is None:
        sys.exit("chromium is needed: sudo apt-get install chromium")
    return executable


def version() -> str:
    return subprocess.run(
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()


def site_pages(site: Path) -> list[str]:
    """Every page a reader can reach, as a URL path: the sitemap's list, in order."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    return LOCATION.findall(sitemap)


def audit_page(url: str, report: Path) -> dict[str, float]:
    """One Lighthouse run: the four scores and the cumulative layout shift."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
            "--output=json",
            f"--output-path={report}",
        ],
        env={**os.environ, "CHROME_PATH": chromium()},
        check=True,
        timeout=300,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    categories, audits = result["categories"], result["audits"]
    scores: dict[str, float] = {
        name: round(categories[category]["score"] * 100)
        for category, name in CATEGORIES.items()
    }
    shift = audits["cumulative-layout-shift"]["numericValue"]
    scores["cumulative_layout_shift"] = round(shift, 4)
    scores["total_blocking_time_ms"] = round(
        audits["total-blocking-time"]["numericValue"]
    )
    return scores
