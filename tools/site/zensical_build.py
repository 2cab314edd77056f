"""`python -m tools zensical [SITE_DIR]`: the site built with Zensical, in one step.

Zensical reads `mkdocs.yml` and runs the Python-Markdown extensions of `tools/site/`
but no MkDocs hook. So after `zensical build` this applies the same table of
rewrites as the MkDocs hook (`tools/site/html_rewrites.py`: the "content" entries
to each page's `<article>`, which is what MkDocs hands the hook, then the "page"
entries to the whole page) and copies the playground's Pyodide runtime and page
script in (`tools/site/pyodide_runtime.py`), as the MkDocs build does.
`tests/test_zensical.py` builds through this command and compares the pages with
the MkDocs build.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from tools.site.html_rewrites import apply
from tools.site.pyodide_runtime import copy_playground, runtime_available

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
BUILT = ROOT / "site"  # where `zensical build` writes: mkdocs.yml sets no site_dir


def rewrite_page(html: str) -> str:
    """One built page with the rewrites the MkDocs hook would have made."""
    start, end = html.find("<article"), html.find("</article>")
    if 0 <= start < end:
        html = html[:start] + apply(html[start:end], "content", DOCS) + html[end:]
    return apply(html, "page", DOCS)


def rewrite_site(site_dir: Path) -> int:
    """Rewrite every HTML file of a built site in place; how many there were."""
    count = 0
    for path in site_dir.rglob("*.html"):
        path.write_text(rewrite_page(path.read_text(encoding="utf-8")), "utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools zensical",
        description="Build the site with Zensical, apply the HTML rewrites and copy"
        " the playground in: the same site as `make build`, made by Zensical.",
    )
    parser.add_argument("site_dir", type=Path, nargs="?", default=BUILT)
    site_dir = parser.parse_args(argv).site_dir.resolve()
    if not runtime_available():
        parser.error("no Pyodide runtime: run `npm ci`")
    zensical = Path(sys.executable).with_name("zensical")
    status = subprocess.call([str(zensical), "build", "--clean"], cwd=ROOT)
    if status != 0:
        return status
    if site_dir != BUILT:
        shutil.rmtree(site_dir, ignore_errors=True)
        shutil.move(BUILT, site_dir)
    pages = rewrite_site(site_dir)
    copy_playground(site_dir)
    print(f"{site_dir}: {pages} pages rewritten, playground copied in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
