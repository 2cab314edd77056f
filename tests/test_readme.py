"""The README is a front door: short, and free of measurements that go out of date.

Figures belong on "How this guide is verified", which reads them from results files
at build time (`tools/site/verification.py`); a figure typed into the README is
stale the day after.
"""

import re

from markdown_blocks import ROOT

README = ROOT / "README.md"
MAX_LINES = 89
DATED = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "a date"),
    (re.compile(r"\b\d{1,2}:\d{2}\s*UTC\b"), "a time of day"),
    (re.compile(r"load average", re.IGNORECASE), "a load average"),
    (re.compile(r"\b\d+(\.\d+)?\s*(s|ms|min)\b(?!\w)"), "a measured duration"),
]


def test_the_readme_is_under_90_lines() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_LINES, (
        f"README.md has {len(lines)} lines: move detail to CONTRIBUTING.md or the site"
    )


def test_the_readme_holds_no_dated_measurement() -> None:
    found = [
        f"line {number}: {what}: {line.strip()}"
        for number, line in enumerate(
            README.read_text(encoding="utf-8").splitlines(), 1
        )
        for pattern, what in DATED
        if pattern.search(line)
    ]
    assert not found, (
        "measurements belong on docs/about/verified.md, read from results files:\n"
        + "\n".join(found)
    )


def test_the_readme_links_the_verification_page() -> None:
    assert "(docs/about/verified.md)" in README.read_text(encoding="utf-8")
