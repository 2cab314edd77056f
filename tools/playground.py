"""Run examples in the browser's Python (Pyodide) and say which of them run there.

Each example runs in the playground's own worker (`playground/assets/`), in
Debian's chromium, as a reader's Run button runs it. An example *runs in the
browser* when it finishes without an error and its output matches its `#>` lines
(figures within the example's declared tolerance, best of the usual attempts).
For any other example the verdict keeps why not, in the reader's terms.

`make playground` (`python -m tools playground`) writes the verdicts to
`playground/results.json`, which the site build reads to put a Run button or a
short note under each example; the browser tests run every example with a Run
button again, and a test fails when a verdict was made from another source or
another Pyodide.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

from tools.examples.figures import reconcile
from tools.examples.output_lines import (
    MAIN_PYTHON,
    Print,
    output_text,
    printed_view,
    view_for,
)
from tools.examples.runner import EXAMPLES, attempts_for, example_name, tolerance_for
from tools.site.run_buttons import RECORD, digest

# Far longer than any example that runs in the browser takes there; an example
# still running then is stopped, and does not run in the browser.
RUN_TIMEOUT_S = 30
WORKER = "assets/playground/worker.js"

# Send one example to the worker (started on first use, and again after a run
# that had to be stopped) and resolve with what it printed and its error.
RUN_IN_WORKER = """([url, code, timeoutMs]) => new Promise((resolve) => {
  const worker = (window.overlapWorker ??= new Worker(url, { type: "module" }));
  const stderr = [];
  const timer = setTimeout(() => {
    worker.terminate();
    window.overlapWorker = undefined;
    resolve({ prints: [], error: "timeout", stderr: stderr.join("") });
  }, timeoutMs);
  worker.onmessage = ({ data }) => {
    if (data.stderr !== undefined) stderr.push(data.stderr);
    if (data.done) {
      clearTimeout(timer);
      resolve({ ...data.done, stderr: stderr.join("") });
    }
  };
  worker.postMessage({ code });
})"""


@dataclass(frozen=True)
class Verdict:
    """Whether an example runs in the browser; if not, `reason` says why."""

    runs: bool
    reason: str = ""
    detail: str = ""


# The reasons a reader is shown, found in the traceback of a failed run (the first
# pattern that matches wins).
REASONS = (
    (re.compile(r"can't start new thread"), "threads"),
    (re.compile(r"multiprocessing|ProcessPool|support processes"), "processes"),
    (re.compile(r"ModuleNotFoundError"), "module"),
    (re.compile(r"Connection|socket|urlopen|OSError|URLError"), "network"),
)


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def classify(error: str) -> Verdict:
    """The verdict for a run that ended with `error` (a traceback or `timeout`)."""
    if error == "timeout":
        return Verdict(False, "timeout", f"still running after {RUN_TIMEOUT_S} s")
    detail = last_line(error)
    for pattern, reason in REASONS:
        if pattern.search(error):
            return Verdict(False, reason, detail)
    return Verdict(False, "error", detail)


def run_once(page: Page, source: str) -> dict:
    """One run of `source` in the page's playground worker."""
    return page.evaluate(RUN_IN_WORKER, [WORKER, source, RUN_TIMEOUT_S * 1000])


# The Python inside Pyodide: the page's output for it is the main Python's.
PYODIDE_PYTHON = MAIN_PYTHON


def printed_source(path: Path, prints: list[dict]) -> str:
    """The example's view with `#>` lines for what a browser run printed."""
    return printed_view(
        path.read_text(encoding="utf-8"),
        [Print(entry["line"], entry["sep"].join(entry["args"])) for entry in prints],
    )


def first_difference(source: str, merged: str) -> str:
    """The first output line a browser run printed differently, for the note."""
    for shown, printed in zip(source.splitlines(), merged.splitlines(), strict=False):
        if shown != printed:
            return (
                f"prints {(output_text(printed) or printed).strip()!r}"
                f" where the page shows {(output_text(shown) or shown).strip()!r}"
            )
    return "prints a different number of lines"


def try_example(page: Page, path: Path) -> Verdict:
    """Run an example in the browser (up to `ATTEMPTS` times if it shows figures)."""
    source = path.read_text(encoding="utf-8")
    shown = view_for(source, PYODIDE_PYTHON)
    for _ in range(attempts_for(shown)):
        outcome = run_once(page, source)
        if outcome["error"]:
            return classify(outcome["error"])
        printed = printed_source(path, outcome["prints"])
        merged = reconcile(shown, printed, tolerance_for(path))
        if merged == shown:
            return Verdict(True)
    return Verdict(False, "output", first_difference(shown, merged))


def every_example() -> list[Path]:
    return sorted(EXAMPLES.rglob("*.py"))


def record_entry(path: Path, verdict: Verdict) -> dict:
    entry: dict = {"sha256": digest(path), "runs": verdict.runs}
    if not verdict.runs:
        entry |= {"reason": verdict.reason, "detail": verdict.detail}
    return entry


def write_record(verdicts: dict[Path, Verdict], pyodide_version: str) -> None:
    record = {
        "about": "Written by `make playground`: which examples run in Pyodide.",
        "pyodide": pyodide_version,
        "examples": {
            example_name(path): record_entry(path, verdict)
            for path, verdict in sorted(verdicts.items())
        },
    }
    RECORD.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """`make playground`: run every example in Pyodide and write the record."""
    import argparse
    import shutil
    import tempfile

    from playwright.sync_api import sync_playwright

    from tools.chromium import CHROMIUM_ARGS
    from tools.site.pyodide_runtime import copy_playground, pyodide_version
    from tools.static_server import serve

    argparse.ArgumentParser(
        prog="python -m tools playground", description=__doc__.split("\n\n")[0]
    ).parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        site = Path(tmp)
        copy_playground(site)
        for page_name in ("index.html", "404.html"):
            (site / page_name).write_text("<!doctype html><title>playground</title>")
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        with serve(site) as url:
            page = browser.new_page()
            page.goto(url)
            verdicts = {}
            for path in every_example():
                verdicts[path] = verdict = try_example(page, path)
                print(f"{example_name(path)}: {verdict.reason or 'runs'}", flush=True)
        browser.close()
    write_record(verdicts, pyodide_version())
    runnable = sum(verdict.runs for verdict in verdicts.values())
    print(f"{runnable} of {len(verdicts)} examples run in the browser; see {RECORD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
