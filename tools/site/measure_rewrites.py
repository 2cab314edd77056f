"""What each entry of `tools/site/html_rewrites.py` earns, measured on the built site.

`python -m tools rewrites` builds the site once without the rewrites
(a configuration that inherits `mkdocs.yml` with that hook left out), checks that
applying the whole table to those pages gives exactly the pages of a normal build,
then applies the table once more without each entry in turn and prints what the
entry changes: bytes (plain and gzipped), elements, focusable elements, `title`
attributes (each a tooltip the theme sets up) and stylesheet links, on the heaviest
page (the most elements) and over the whole site. It takes about 45 s.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from tools.site.html_rewrites import REWRITES, apply

ROOT = Path(__file__).resolve().parents[2]
HOOK = "tools/site/html_rewrites.py"

COUNTS = {
    "bytes": lambda html: len(html.encode()),
    "gzip bytes": lambda html: len(gzip.compress(html.encode(), mtime=0)),
    "elements": lambda html: len(re.findall(r"<[a-zA-Z]", html)),
    "focusable": lambda html: html.count('tabindex="0"'),
    "titles": lambda html: len(re.findall(r'<[a-z][^<>]* title="', html)),
    "stylesheet links": lambda html: html.count('<link rel="stylesheet"'),
}


def build(config: Path, site: Path) -> dict[str, str]:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "--config-file"]
    subprocess.run(
        [*command, str(config), "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
    )
    return {
        str(path.relative_to(site)): path.read_text(encoding="utf-8")
        for path in sorted(site.rglob("*.html"))
    }


def rewritten(html: str, skip: frozenset[str] = frozenset()) -> str:
    # The article's entries run here on the whole page: outside the article, the
    # theme's template has none of what they rewrite (checked by `main`).
    html = apply(html, "content", ROOT / "docs", skip)
    return apply(html, "page", ROOT / "docs", skip)


def counts(html: str) -> dict[str, int]:
    return {name: count(html) for name, count in COUNTS.items()}


def difference(with_: dict[str, int], without: dict[str, int]) -> dict[str, int]:
    return {name: with_[name] - without[name] for name in with_}


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = re.search(r"^hooks:\n((?:  .*\n)+)", config, re.MULTILINE)
    assert listed, "mkdocs.yml lists no hooks"
    hooks = re.findall(r"^  - (\S+)$", listed[1], re.MULTILINE)
    assert HOOK in hooks, f"mkdocs.yml does not list {HOOK}"
    hooks.remove(HOOK)
    with tempfile.TemporaryDirectory() as tmp:
        plain_config = ROOT / ".mkdocs-without-rewrites.yml"
        plain_config.write_text(
            yaml.safe_dump({"INHERIT": "mkdocs.yml", "hooks": hooks}), "utf-8"
        )
        try:
            plain = build(plain_config, Path(tmp) / "plain")
        finally:
            plain_config.unlink()
        normal = build(ROOT / "mkdocs.yml", Path(tmp) / "normal")
    differ = [page for page in normal if rewritten(plain[page]) != normal[page]]
    if differ:
        print("the table applied afterwards differs from the build:", differ)
        return 1
    heaviest = max(normal, key=lambda page: counts(normal[page])["elements"])
    print(f"{len(normal)} pages; heaviest page: {heaviest}")
    for entry in REWRITES:
        print(f"\n{entry.name}: what it changes (with minus without)")
        skip = frozenset({entry.name})
        change = {
            page: difference(counts(html), counts(rewritten(plain[page], skip)))
            for page, html in normal.items()
        }
        for name in COUNTS:
            site = sum(page[name] for page in change.values())
            pages = sum(page[name] != 0 for page in change.values())
            if site:
                print(
                    f"  {name}: {change[heaviest][name]:+} on the heaviest page, "
                    f"{site:+} over the site ({pages} pages)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
