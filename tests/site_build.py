"""The strict site build, shared by the link checks and the browser tests."""

import os
import subprocess
import sys
from pathlib import Path

from markdown_blocks import ROOT

# The address the link checks pretend the site is served from.
SITE_ORIGIN = "http://127.0.0.1:8000"


def build_site(
    site_dir: Path, site_url: str | None = None, env: dict[str, str] | None = None
) -> str:
    """Build the site into `site_dir` (`mkdocs build --strict`); fail on a warning.

    Returns what the build logged. `env` adds environment variables.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if site_url is not None:
        env["OVERLAP_SITE_URL"] = site_url
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=170,
        env=env,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "WARNING" not in completed.stderr, completed.stderr
    return completed.stderr
