"""`python -m tools.audit SITE_DIR [PAGE ...]`: audit the built site (`make audit`).

Serves SITE_DIR on 127.0.0.1 as a static host would (gzip, 404 page), runs
Lighthouse once on every page of its sitemap (or only the PAGEs given, as URL
paths such as `reference/api/`), then the blind reader searches. Prints a summary
and writes `.results/audit.json` for "How this guide is verified"; each page's full
Lighthouse report goes to `.results/lighthouse/`. `--no-search` skips the searches.
"""

import argparse
import json
import platform
import time
from datetime import UTC, datetime
from pathlib import Path

from tools.audit.lighthouse import ROOT, audit_page, chromium, site_pages, version
from tools.audit.search import TOP, blind_searches
from tools.results import machine, source_commit
from tools.static_server import serve

RESULTS = ROOT / ".results" / "audit.json"
REPORTS = ROOT / ".results" / "lighthouse"


def summary(pages: dict, search: dict, seconds: float) -> list[str]:
    lines = [
        f"Lighthouse, one run per page (mobile), {len(pages)} pages:",
        f"{'page':<48} perf  a11y  best   seo  shift",
    ]
    for path, scores in pages.items():
        lines.append(
            f"{path:<48} {scores['performance']:>4}  {scores['accessibility']:>4}"
            f"  {scores['best_practices']:>4}  {scores['seo']:>4}"
            f"  {scores['cumulative_layout_shift']:g}"
        )
    below = [path for path, scores in pages.items() if scores["performance"] < 99]
    shifting = [
        path
        for path, scores in pages.items()
        if scores["cumulative_layout_shift"] >= 0.001
    ]
    lines.append(f"performance under 99: {', '.join(below) or 'none'}")
    lines.append(f"layout shift of 0.001 or more: {', '.join(shifting) or 'none'}")
    for name, counts in search.items():
        lines.append(
            f"blind searches, {name}: {counts['found']} of {counts['searches']}"
            f" in the top {TOP}"
        )
    lines.append(f"audit took {seconds:.0f} s")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.audit", description=__doc__)
    parser.add_argument("site", type=Path, help="the built site (make build: site/)")
    parser.add_argument("pages", nargs="*", help="URL paths (default: the sitemap's)")
    parser.add_argument("--no-search", action="store_true", help="skip the searches")
    options = parser.parse_args(argv)
    site = options.site.resolve()
    paths = options.pages or site_pages(site)
    REPORTS.mkdir(parents=True, exist_ok=True)
    started, at_start = time.monotonic(), machine()
    pages, misses, search = {}, [], {}
    with serve(site) as site_url:
        for path in paths:
            report = REPORTS / (
                (path.strip("/").replace("/", "--") or "home") + ".json"
            )
            pages["/" + path] = audit_page(site_url + path, report)
            print(f"{'/' + path:<48} {pages['/' + path]}", flush=True)
        if not options.no_search:
            search, misses = blind_searches(site_url, chromium())
    seconds = time.monotonic() - started
    results = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": at_start,
        "python": {"version": platform.python_version()},
        **source_commit(),
        "lighthouse": {"version": version(), "form_factor": "mobile", "runs": 1},
        "seconds": round(seconds),
        "pages": pages,
    }
    if not options.no_search:
        results |= {"search": search, "search_misses": misses}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\n".join(summary(pages, search, seconds)))
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
