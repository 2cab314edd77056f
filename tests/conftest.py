"""Fixtures shared by the whole suite."""

import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_process import demo_server_process
from once_per_session import made_once
from site_build import SITE_ORIGIN, build_site

# Checks of the repository rather than of the Python running them (the built site,
# the browser, lint, the workflows, the benchmark results): `make test` runs them on
# one Python only (tools/suite.py), while every Python runs the rest.
ONCE = {
    "test_bench.py",
    "test_freshness.py",
    "test_github.py",
    "test_html_rewrites.py",
    "test_layout.py",
    "test_lint.py",
    "test_playground.py",
    "test_site.py",
    "test_theme_contract.py",
    "test_tools_cli.py",
    "test_timeline_figures.py",
    "test_diagrams.py",
    "test_readme.py",
    "test_search_separator.py",
    "test_verification_page.py",
    "test_zensical.py",
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in ONCE or "browser" in item.path.parent.parts[-1:]:
            item.add_marker(pytest.mark.once)


def pytest_configure(config: pytest.Config) -> None:
    # Examples run as from a reader's terminal, where Ctrl-C interrupts them. A
    # program started in the background by a non-interactive shell (a CI script, a
    # `cmd &`) ignores SIGINT, and every child would inherit that: the examples and
    # tests that send Ctrl-C would see it ignored.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    # Capacity tests and examples open thousands of sockets.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


@pytest.fixture(scope="session")
def demo_server() -> Iterator[str]:
    """The demo server with the settings readers get from `python -m overlap.server`.

    Started on a free port of 127.0.0.1 and stopped at the end of the session.
    Examples find it through `OVERLAP_DEMO_URL`.
    """
    with demo_server_process() as url:
        yield url


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per test session with `mkdocs build --strict`."""
    return made_once(
        tmp_path_factory,
        "site",
        lambda path: build_site(path, site_url=SITE_ORIGIN + "/"),
    )
