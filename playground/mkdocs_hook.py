"""MkDocs hook: a Run button under every example that runs in the browser.

The browser's Python is Pyodide, from the npm package ``pyodide`` that
``package-lock.json`` pins. The build copies its runtime into the site
(``assets/pyodide/``) beside the playground's own files (``assets/playground/``),
so a page never asks another host for anything, and a page loads none of the
runtime until a reader presses Run.

Which examples run there is decided by running them: ``make playground`` runs
every example in Pyodide in Chromium and records the verdicts in
``playground/results.json``. Under each whole-file example block this hook puts
either the Run controls (the example ran and printed its ``#>`` lines) or one
line that says why it runs on the reader's machine only (threads, processes,
sockets, a missing package). An example changed since the record was made gets
neither, and ``tests/test_playground.py`` fails until the record is redone.

Without Node.js there is no ``node_modules/pyodide``: the site is then built
without the playground (no buttons, no notes, no runtime), and the build says so.

Enabled in ``mkdocs.yml`` with ``hooks: [playground/mkdocs_hook.py]``. Standard
library only: MkDocs loads this file by path.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
from pathlib import Path
from typing import Any

from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.playground")

ROOT = Path(__file__).resolve().parent.parent
ASSETS = Path(__file__).resolve().parent / "assets"
RECORD = Path(__file__).resolve().parent / "results.json"
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
HOW_TO_RUN_LOCALLY = "start/running-examples/#run-one-file"

# A block that includes an example file: Material renders its title as a filename.
EXAMPLE_BLOCK = re.compile(
    r'<div class="language-python highlight"><span class="filename">'
    r"examples/(?P<name>[^<]+\.py)</span><pre>.*?<code[^>]*>(?P<code>.*?)</code></pre></div>",
    re.DOTALL,
)
TAG = re.compile(r"<[^>]+>")
MISSING_MODULE = re.compile(r"No module named '(?P<module>[\w.]+)'")

_state: dict[str, Any] = {"enabled": False, "record": {}}


def read_record() -> dict[str, Any]:
    """The record `make playground` wrote: the Pyodide version and every verdict."""
    return json.loads(RECORD.read_text(encoding="utf-8"))


def runtime_available() -> bool:
    return all((RUNTIME / name).is_file() for name in RUNTIME_FILES)


def pyodide_version() -> str:
    package = json.loads((RUNTIME / "package.json").read_text(encoding="utf-8"))
    return package["version"]


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


def why_not(entry: dict[str, str]) -> str:
    """Why an example runs on the reader's machine only, in the reader's terms."""
    reason = entry["reason"]
    if reason == "threads":
        return "Python in the browser cannot start threads"
    if reason == "processes":
        return "Python in the browser cannot start processes"
    if reason == "network":
        return "it talks to the demo server, and Python in the browser has no sockets"
    if reason == "module" and (found := MISSING_MODULE.search(entry["detail"])):
        module = found["module"].split(".")[0]
        return f"it needs <code>{module}</code>, which Python in the browser lacks"
    if reason == "timeout":
        return "it runs too long for the browser"
    if reason == "output":
        return f"in the browser it {html.escape(entry['detail'])}"
    return f"in the browser it stops with <code>{html.escape(entry['detail'])}</code>"


def download_size() -> str:
    """What the first Run downloads: the runtime files, uncompressed."""
    total = sum((RUNTIME / name).stat().st_size for name in RUNTIME_FILES)
    return f"{total / 1e6:.0f} MB"


def controls(name: str) -> str:
    """The Run controls under an example block; `playground.js` brings them to life."""
    return (
        f'<div class="overlap-run" data-example="{html.escape(name)}" '
        f'data-download="{_state["download"]}">'
        '<button type="button" class="md-button md-button--primary overlap-run__run" '
        "disabled>Run</button>"
        '<button type="button" class="md-button overlap-run__edit" disabled '
        'aria-pressed="false">Edit</button>'
        '<button type="button" class="md-button overlap-run__reset" hidden>'
        "Reset</button>"
        '<span class="overlap-run__status" role="status"></span>'
        '<pre class="overlap-run__output" hidden tabindex="0" '
        'aria-label="Output of this run in your browser"></pre>'
        "</div>"
    )


def note(entry: dict[str, str], page_url: str) -> str:
    link = get_relative_url(HOW_TO_RUN_LOCALLY, page_url)
    return (
        f'<p class="overlap-run-note">No Run button: {why_not(entry)}. '
        f'<a href="{link}">Run it on your machine</a>.</p>'
    )


def is_whole_file(name: str, code_html: str) -> bool:
    """Whether a block shows all of `examples/<name>` (not a named section)."""
    path = ROOT / "examples" / name
    shown = html.unescape(TAG.sub("", code_html))
    return path.is_file() and shown.rstrip("\n") == path.read_text(
        encoding="utf-8"
    ).rstrip("\n")


def digest(path: Path) -> str:
    """The SHA-256 of an example file: a verdict holds for this source only."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def current_entry(name: str) -> dict[str, str] | None:
    """The recorded verdict for an example, if made from its current source."""
    entry = _state["record"].get(name)
    if entry is None or entry["sha256"] != digest(ROOT / "examples" / name):
        return None
    return entry


def on_config(config: Any) -> Any:
    _state["enabled"] = runtime_available()
    if not _state["enabled"]:
        log.info(
            "The playground (Run buttons) is left out: Pyodide's runtime is not in "
            f"{RUNTIME}. Install Node.js and run `npm ci` to build the site with it."
        )
        return config
    _state["record"] = read_record()["examples"]
    _state["download"] = download_size()
    _state["style"] = (ASSETS / "playground.css").read_text(encoding="utf-8")
    return config


def on_page_content(html_text: str, page: Any, **kwargs: Any) -> str:
    if not _state["enabled"]:
        return html_text

    def annotate(block: re.Match[str]) -> str:
        name = block["name"]
        entry = current_entry(name)
        if entry is None or not is_whole_file(name, block["code"]):
            return block[0]
        if entry["runs"]:
            return block[0] + controls(name)
        return block[0] + note(entry, page.url)

    return EXAMPLE_BLOCK.sub(annotate, html_text)


def on_post_page(output: str, page: Any, **kwargs: Any) -> str:
    """Give the pages that need them the playground's style and script.

    The style is inlined in the head, so that it costs no request before the page
    can show; the script is deferred, and is only on pages with a Run button.
    """
    if not _state["enabled"] or 'class="overlap-run' not in (page.content or ""):
        return output
    head = f"<style>{_state['style']}</style>"
    if 'class="overlap-run"' in page.content:
        script = get_relative_url("assets/playground/playground.js", page.url)
        head += f'<script src="{script}" defer></script>'
    return output.replace("</head>", head + "</head>", 1)


def on_post_build(config: Any) -> None:
    if _state["enabled"]:
        copy_playground(Path(config.site_dir))
