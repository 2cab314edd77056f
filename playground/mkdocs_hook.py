"""MkDocs hook: what the Run buttons need beyond the page's Markdown.

The buttons and notes themselves are written by the Markdown extension
`tools.site.run_buttons`, which MkDocs and Zensical both run. Two things are not
Markdown, so they stay a MkDocs hook:

- the page's head: the playground's style inlined (no request before the page can
  show) on pages with a button or a note, and its script, deferred, on pages with a
  button;
- the files: Pyodide's runtime and the playground's script and worker, copied into
  the built site (`tools/site/pyodide_runtime.py`). They are not under `docs/`
  because the runtime is npm's (about 13 MB, not committed) and a build without
  Node.js leaves the playground out.

Zensical runs no hook: there `tools.site.run_buttons` puts the style and script in
the page's content instead, and after `zensical build`,
`python -m tools.site.pyodide_runtime SITE_DIR` copies the files (CONTRIBUTING,
"Two generators").

Enabled in `mkdocs.yml` with `hooks: [playground/mkdocs_hook.py]`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.utils import get_relative_url

from tools.site.pyodide_runtime import ASSETS, copy_playground, runtime_available

STYLE = ASSETS / "playground.css"


def on_post_page(output: str, page: Any, **kwargs: Any) -> str:
    """Give the pages that need them the playground's style and script.

    The style is inlined in the head, so that it costs no request before the page
    can show; the script is deferred, and is only on pages with a Run button.
    """
    if 'class="overlap-run' not in (page.content or ""):
        return output
    head = f"<style>{STYLE.read_text(encoding='utf-8')}</style>"
    if 'class="overlap-run"' in page.content:
        script = get_relative_url("assets/playground/playground.js", page.url)
        head += f'<script src="{script}" defer></script>'
    return output.replace("</head>", head + "</head>", 1)


def on_post_build(config: Any) -> None:
    if runtime_available():
        copy_playground(Path(config.site_dir))
