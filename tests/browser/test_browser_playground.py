"""The playground in Chromium: every example with a Run button runs in Pyodide and
prints its `#>` lines, Run shows the verified output, and Edit and Reset work."""

from collections.abc import Iterator

import pytest
from conftest import AXE, OpenPage, new_context, playground_downloads
from playwright.sync_api import Browser, Locator, Page, expect

from tools.examples.figures import reconcile
from tools.examples.output_lines import view_for
from tools.examples.runner import EXAMPLES, attempts_for, example_name, tolerance_for
from tools.playground import (
    PYODIDE_PYTHON,
    RUN_TIMEOUT_S,
    every_example,
    printed_source,
    try_example,
)
from tools.site.run_buttons import read_record

pytestmark = pytest.mark.timeout(120)

# Examples whose Run button the tests press, and the page each is on.
PRESSED = {
    "asyncio/coroutines/01_calling_runs_nothing.py": "asyncio/coroutines/",
    "asyncio/many_tasks/06_taskgroup_cancels_siblings.py": "asyncio/many-tasks/",
    "threads/sharing_state/02_read_modify_write.py": "threads/sharing-state/",
    "start/running_examples/01_make_tea.py": "start/running-examples/",
}
EDITED = "start/running_examples/01_make_tea.py"
FINISHED = RUN_TIMEOUT_S * 1000


@pytest.fixture(scope="session")
def pyodide_page(browser: Browser, site_url: str) -> Iterator[Page]:
    """One page of the built site whose playground worker runs every example.

    Kept for the worker's session: a module's fixture is torn down whenever the
    worker runs a test of another module in between, and each new page starts
    Pyodide again."""
    context = new_context(browser, site_url)
    page = context.new_page()
    page.goto("")
    yield page
    context.close()


def with_run_button() -> list[str]:
    """The examples whose Run button the site shows: the record says they run.

    Every other verdict is a note under the example, made by `make playground` from
    the same source (`tests/test_playground.py` checks each entry's sha256 and the
    Pyodide version), so running those again here would only repeat the record.
    """
    record = read_record()["examples"]
    return [
        example_name(path)
        for path in every_example()
        if record.get(example_name(path), {}).get("runs")
    ]


@pytest.mark.parametrize("name", with_run_button())
def test_an_example_with_a_run_button_runs_in_pyodide(
    pyodide_page: Page, name: str
) -> None:
    verdict = try_example(pyodide_page, EXAMPLES / name)
    assert verdict.runs, f"{verdict}; run `make playground` to record what Pyodide does"


def run_box(page: Page, name: str) -> Locator:
    return page.locator(f'.overlap-run[data-example="{name}"]')


def press_run(page: Page, name: str) -> str:
    """Press Run under an example, wait for it to finish; return the output shown."""
    box = run_box(page, name)
    run = box.locator(".overlap-run__run")
    expect(run).to_be_enabled()  # the page's playground script has started
    # A click event on the button itself: on a long page the code blocks above it
    # may still be laid out as it scrolls into view, and a click by position could
    # land on something else (once in three runs here, the run never started).
    run.dispatch_event("click")
    expect(box.locator(".overlap-run__status")).to_contain_text(
        "Finished", timeout=FINISHED
    )
    return box.locator(".overlap-run__output").inner_text()


@pytest.mark.parametrize(("name", "path"), PRESSED.items())
def test_run_shows_the_verified_output(
    open_page: OpenPage, name: str, path: str
) -> None:
    assert read_record()["examples"][name]["runs"]
    visit = open_page(path)
    assert not playground_downloads(visit)
    source = view_for((EXAMPLES / name).read_text(encoding="utf-8"), PYODIDE_PYTHON)
    # A figure measured on a busy machine may miss: as everywhere else, it must
    # match on one of the usual attempts, within the example's own tolerance.
    for _ in range(attempts_for(source)):
        shown = press_run(visit.page, name)
        prints = run_box(visit.page, name).evaluate("box => box.overlapPrints")
        printed = "".join(
            record["sep"].join(record["args"]) + "\n" for record in prints
        )
        assert shown.rstrip("\n") == printed.rstrip("\n")
        with_output = printed_source(EXAMPLES / name, prints)
        merged = reconcile(source, with_output, tolerance_for(EXAMPLES / name))
        if merged == source:
            break
    assert merged == source

    assert playground_downloads(visit), "the runtime was not served by the site"
    assert not visit.problems(), "\n".join(visit.problems())
    visit.page.add_script_tag(path=str(AXE))
    results = visit.page.evaluate(
        "() => axe.run('.overlap-run', {resultTypes: ['violations']})"
    )
    assert not [v["id"] for v in results["violations"]]


def test_edit_run_again_and_reset(open_page: OpenPage) -> None:
    visit = open_page(PRESSED[EDITED])
    page = visit.page
    box = run_box(page, EDITED)
    code = page.locator(
        f"div.highlight:has(span.filename:text-is('examples/{EDITED}')) code"
    )
    original = code.inner_text()

    box.locator(".overlap-run__edit").click()
    expect(box.locator(".overlap-run__edit")).to_have_attribute("aria-pressed", "true")
    code.press("Control+End")
    page.keyboard.type('\nprint("edited in the browser")')
    shown = press_run(page, EDITED)
    assert shown.rstrip("\n").splitlines()[-1] == "edited in the browser"

    box.locator(".overlap-run__reset").click()
    assert code.inner_text() == original
    expect(box.locator(".overlap-run__reset")).to_be_hidden()
    assert not visit.problems(), "\n".join(visit.problems())


def test_stop_ends_a_run_and_the_next_run_starts_python_again(
    open_page: OpenPage,
) -> None:
    name = "asyncio/coroutines/01_calling_runs_nothing.py"
    visit = open_page(PRESSED[name])
    box = run_box(visit.page, name)
    run = box.locator(".overlap-run__run")
    run.click()
    expect(run).to_have_text("Stop")
    run.click()
    expect(box.locator(".overlap-run__status")).to_contain_text("Stopped")
    expect(run).to_have_text("Run")
    assert "make_tea() returned a coroutine" in press_run(visit.page, name)
    assert not visit.problems(), "\n".join(visit.problems())
