"""`make audit`: Lighthouse scores of the home page and the heaviest chapter.

    python tests/browser/audit.py SITE_DIR [OUT_DIR]

Serves the built site on 127.0.0.1 as a static host would (gzip, 404 page), runs
Lighthouse (npm package, default mobile settings) with Debian's chromium against
both pages, prints the four scores (the median of AUDIT_RUNS runs, default 3) and
writes them, with the full reports, to OUT_DIR (default `.audit/`).
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from tools.static_server import serve

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
LOADED = re.compile(r'<(?:script|img|link)\b[^>]*?\b(?:src|href)="([^"#?]+)[^"]*"')


def page_weight(site: Path, page: Path) -> int:
    """Bytes of the page's HTML and of every local file it loads."""
    html = page.read_text(encoding="utf-8")
    total = len(html.encode())
    for url in set(LOADED.findall(html)):
        if "://" in url:
            continue
        target = (page.parent / url).resolve()
        if (
            target.is_file()
            and target.is_relative_to(site.resolve())
            and target.suffix in {".css", ".js", ".png", ".svg", ".jpg", ".webp"}
        ):
            total += target.stat().st_size
    return total


def heaviest_chapter(site: Path) -> str:
    pages = [
        path
        for path in site.rglob("index.html")
        if path.parent != site and path.relative_to(site).parts[0] != "assets"
    ]
    heaviest = max(pages, key=lambda path: page_weight(site, path))
    return heaviest.parent.relative_to(site).as_posix() + "/"


def chromium() -> str:
    """Debian's chromium, or exit saying how to install it."""
    executable = shutil.which("chromium")
    if executable is None:
        sys.exit("chromium is needed: sudo apt-get install chromium")
    return executable


def lighthouse(url: str, report: Path) -> dict[str, int]:
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
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(categories[name]["score"] * 100) for name in CATEGORIES}


def main() -> None:
    site = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / ".audit")
    out.mkdir(parents=True, exist_ok=True)
    runs = int(os.environ.get("AUDIT_RUNS", "3"))
    pages = {"home": "", "heaviest": heaviest_chapter(site)}
    results = {}
    with serve(site) as site_url:
        for label, path in pages.items():
            scores = [
                lighthouse(site_url + path, out / f"{label}-{run}.json")
                for run in range(1, runs + 1)
            ]
            results[path or "/"] = {
                name: round(statistics.median(score[name] for score in scores))
                for name in CATEGORIES
            }
    lines = [
        f"Lighthouse, median of {runs} runs (mobile):",
        f"{'page':<40} " + " ".join(f"{name:>14}" for name in CATEGORIES),
    ]
    for path, scores in results.items():
        lines.append(
            f"{path:<40} " + " ".join(f"{scores[name]:>14}" for name in CATEGORIES)
        )
    print("\n".join(lines))
    (out / "scores.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "scores.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
