"""The playground: its record of which examples run in Pyodide, and the built site.

`make playground` runs every example in Pyodide in Chromium and writes the record
(`playground/results.json`); `tests/browser/test_browser_playground.py` runs the
ones with a Run button there again and presses Run on pages. Here: the record is
for the locked Pyodide (that each verdict was made from the example's present
source: `tests/test_freshness.py`), and the build
puts a Run button under exactly the examples that run in the browser, a note under
every other example, and the locked runtime beside them; without the runtime the
site still builds, without the playground.
"""

import html
import json
import re
from pathlib import Path

import pytest
from markdown_blocks import ROOT
from site_build import build_site

from tools.examples.runner import EXAMPLES
from tools.site import pyodide_runtime, run_buttons
from tools.site.pyodide_runtime import RUNTIME, RUNTIME_FILES
from tools.site.run_buttons import EXAMPLE_BLOCK, read_record

pytestmark = pytest.mark.timeout(180)

CONTROLS = re.compile(r'<div class="overlap-run" data-example="(?P<name>[^"]+)"')
NOTE = re.compile(r'<p class="overlap-run-note">No Run button: (?P<why>.+?)</p>')


def test_record_is_for_the_locked_pyodide() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert (
        read_record()["pyodide"] == lock["packages"]["node_modules/pyodide"]["version"]
    )


def annotations(site: Path) -> dict[str, set[str]]:
    """For every example block in the built site, what follows it: `run`, `note`
    or `nothing`, by example name (a name shown on several pages gets them all)."""
    found: dict[str, set[str]] = {}
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for block in EXAMPLE_BLOCK.finditer(html):
            if controls := CONTROLS.match(html, block.end()):
                assert controls["name"] == block["name"], page
                kind = "run"
            elif NOTE.match(html, block.end()):
                kind = "note"
            else:
                kind = "nothing"
            found.setdefault(block["name"], set()).add(kind)
    return found


def test_run_buttons_stand_under_exactly_the_examples_that_run_in_the_browser(
    site: Path,
) -> None:
    verdicts = read_record()["examples"]
    shown = annotations(site)
    assert shown, "no example blocks found in the built site"
    wrong = {
        name: kinds
        for name, kinds in shown.items()
        if kinds - {"nothing"} != {"run" if verdicts[name]["runs"] else "note"}
    }
    assert not wrong, f"Run button or note missing or wrong: {wrong}"
    runnable = {name for name, verdict in verdicts.items() if verdict["runs"]}
    assert runnable <= set(shown), "an example that runs in the browser is on no page"


def test_a_block_without_button_or_note_is_a_named_section(site: Path) -> None:
    """Only part of a file (`file.py:name`) can be shown without either."""
    partial = {name for name, kinds in annotations(site).items() if "nothing" in kinds}
    for name in partial:
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        assert "# --8<-- [start:" in text, f"{name}: a whole file without a verdict"


def test_the_site_serves_the_locked_runtime(site: Path) -> None:
    served = site / "assets" / "pyodide"
    for name in RUNTIME_FILES:
        assert (served / name).read_bytes() == (RUNTIME / name).read_bytes(), name
    assert (site / "assets" / "playground" / "worker.js").is_file()


def test_without_the_runtime_the_site_builds_without_the_playground(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    log = build_site(site, env={"OVERLAP_PYODIDE_DIR": str(tmp_path / "missing")})
    assert "The playground (Run buttons) is left out" in log
    assert "npm ci" in log
    assert not (site / "assets" / "pyodide").exists()
    pages = [page.read_text(encoding="utf-8") for page in site.rglob("*.html")]
    assert not any("overlap-run" in html for html in pages)
    assert any("examples/asyncio/" in html for html in pages)


def test_a_site_built_by_another_generator_gets_the_playground_in_one_step(
    tmp_path: Path,
) -> None:
    """Zensical runs no hook: `python -m tools.site.pyodide_runtime SITE` copies the
    runtime and the playground's files, as the MkDocs hook does after a build."""
    assert pyodide_runtime.main([str(tmp_path)]) == 0
    for name in RUNTIME_FILES:
        copied = tmp_path / "assets" / "pyodide" / name
        assert copied.read_bytes() == (RUNTIME / name).read_bytes(), name
    for name in ("playground.js", "worker.js", "run_example.py"):
        assert (tmp_path / "assets" / "playground" / name).is_file(), name


def test_a_verdict_holds_only_for_the_source_it_was_made_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An example changed since `make playground` gets neither a button nor a note."""
    name = next(name for name, v in read_record()["examples"].items() if v["runs"])
    source = html.escape((EXAMPLES / name).read_text(encoding="utf-8"))
    block = (
        '<div class="language-python highlight"><span class="filename">'
        f"examples/{name}</span><pre><span></span><code>{source}</code></pre></div>"
    )
    assert CONTROLS.match(run_buttons.annotate_examples(block, None), len(block))
    monkeypatch.setattr(run_buttons, "digest", lambda path: "0" * 64)
    assert run_buttons.annotate_examples(block, None) == block
