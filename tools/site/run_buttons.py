"""A Run button under every example that runs in the browser, a note under the rest.

Which examples run in the browser's Python (Pyodide) is decided by running them:
`make playground` runs every example in Pyodide in Chromium and records the
verdicts in `playground/results.json`. Under each whole-file example block this
extension puts either the Run controls (the example ran and printed its `#>` lines)
or one line that says why it runs on the reader's machine only (threads,
processes, sockets, a missing package). A verdict holds only for the source it was
made from: an example whose SHA-256 differs from the record's gets neither, and
`tests/test_freshness.py` fails until the record is redone.

Without Node.js there is no Pyodide runtime (`tools/site/pyodide_runtime.py`): the
pages then get no buttons and no notes, and the build says so.

A Python-Markdown extension (`tools.site.run_buttons` in `mkdocs.yml`'s
`markdown_extensions`), so MkDocs and Zensical both put the buttons in; it was a
MkDocs hook, which Zensical does not run, and its pages had no Run button. Its
postprocessor reads the code blocks as the highlighter wrote them, after the raw
HTML is put back. The page's style and script, and the runtime's files, are not
Markdown: `playground/mkdocs_hook.py` adds them to a MkDocs build. Zensical runs
no hook: there this extension puts the style and script in the page's content,
and `python -m tools.site.pyodide_runtime SITE` copies the files after the build
(a Zensical-built page's Run button was pressed in Chromium and ran its example).
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

from tools.site.page import Page, page_of, relative_url
from tools.site.pyodide_runtime import RUNTIME, download_size, runtime_available

# A logger under `mkdocs`, so that MkDocs shows its messages with its own.
log = logging.getLogger("mkdocs.extensions.run_buttons")

ROOT = Path(__file__).resolve().parents[2]
RECORD = ROOT / "playground" / "results.json"
HOW_TO_RUN_LOCALLY = "start/running-examples/#run-one-file"

# A block that includes an example file: Material renders its title as a filename.
# The `pre` may carry attributes (`tools.site.code_block_lines` adds a style).
EXAMPLE_BLOCK = re.compile(
    r'<div class="language-python highlight"><span class="filename">'
    r"examples/(?P<name>[^<]+\.py)</span><pre[^>]*>.*?<code[^>]*>(?P<code>.*?)</code>"
    r"</pre></div>",
    re.DOTALL,
)
TAG = re.compile(r"<[^>]+>")
MISSING_MODULE = re.compile(r"No module named '(?P<module>[\w.]+)'")

_record: dict[str, Any] = {"mtime": None, "examples": {}}
_said: set[str] = set()


def read_record() -> dict[str, Any]:
    """The record `make playground` wrote: the Pyodide version and every verdict."""
    return json.loads(RECORD.read_text(encoding="utf-8"))


def verdicts() -> dict[str, dict[str, Any]]:
    """Every example's verdict, read again only when the record file changes."""
    mtime = RECORD.stat().st_mtime
    if _record["mtime"] != mtime:
        _record.update(mtime=mtime, examples=read_record()["examples"])
    return _record["examples"]


def digest(path: Path) -> str:
    """The SHA-256 of an example file: a verdict holds for this source only."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def current_entry(name: str) -> dict[str, Any] | None:
    """The recorded verdict for an example, if made from its current source."""
    entry = verdicts().get(name)
    if entry is None or entry["sha256"] != digest(ROOT / "examples" / name):
        return None
    return entry


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


def controls(name: str) -> str:
    """The Run controls under an example block; `playground.js` brings them to life."""
    return (
        f'<div class="overlap-run" data-example="{html.escape(name)}" '
        f'data-download="{download_size()}">'
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


def link_from(page: Page | None, target: str) -> str:
    """A link to `target` from `page`: on the page itself, its fragment only."""
    if page is None:
        return target
    path, _, fragment = target.partition("#")
    if path == page.url.lstrip("/") and fragment:
        return "#" + fragment
    return relative_url(target, page.links_from)


def note(entry: dict[str, str], page: Page | None) -> str:
    link = link_from(page, HOW_TO_RUN_LOCALLY)
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


def annotate_examples(html_text: str, page: Page | None) -> str:
    """`html_text` with the Run controls or a note under each whole-file example."""

    def annotate(block: re.Match[str]) -> str:
        name = block["name"]
        entry = current_entry(name)
        if entry is None or not is_whole_file(name, block["code"]):
            return block[0]
        if entry["runs"]:
            return block[0] + controls(name)
        return block[0] + note(entry, page)

    return EXAMPLE_BLOCK.sub(annotate, html_text)


class RunButtonsPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        if "examples/" not in text:
            return text
        if not runtime_available():
            if "no runtime" not in _said:
                _said.add("no runtime")
                log.info(
                    "The playground (Run buttons) is left out: Pyodide's runtime is"
                    f" not in {RUNTIME}. Install Node.js and run `npm ci` to build"
                    " the site with it."
                )
            return text
        page = page_of(self.md)
        text = annotate_examples(text, page)
        if page is None or page.runs_hooks or 'class="overlap-run' not in text:
            return text
        return with_style_and_script(text, page)


def with_style_and_script(html_text: str, page: Page) -> str:
    """A page's content with the playground's style first and script last.

    For a generator that runs no MkDocs hook (Zensical), which would put them in the
    head: the style before the first button, so that nothing moves once it applies;
    the script deferred, as there, and only where there is a button.
    """
    style = (ROOT / "playground" / "assets" / "playground.css").read_text("utf-8")
    html_text = f"<style>{style}</style>{html_text}"
    if 'class="overlap-run"' in html_text:
        script = relative_url("assets/playground/playground.js", page.links_from)
        html_text += f'<script src="{script}" defer></script>'
    return html_text


class RunButtonsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After the raw HTML (30), where the highlighted code blocks come back.
        md.postprocessors.register(RunButtonsPostprocessor(md), "run_buttons", 3)


def makeExtension(**kwargs: Any) -> RunButtonsExtension:
    return RunButtonsExtension(**kwargs)
