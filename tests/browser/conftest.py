"""A real browser against the built site: Debian's `chromium`, driven by Playwright.

The site is built once per test session (the first xdist worker builds it, the
others wait for it), each worker serves it from its own thread on 127.0.0.1 and
drives its own browser. Every request to another host is blocked and recorded, and
the browser cannot resolve any other host name anyway: nothing leaves the machine.
"""

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from markdown_blocks import DOCS, ROOT
from once_per_session import made_once
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Route,
    expect,
    sync_playwright,
)
from site_build import build_site

from tools.chromium import CHROMIUM_ARGS
from tools.static_server import serve

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Generous for a busy 2-core machine; a healthy page loads in well under a second.
ACTION_TIMEOUT_MS = 20_000
expect.set_options(timeout=ACTION_TIMEOUT_MS)
SITE_HOST = "127.0.0.1"
PHONE = {"width": 375, "height": 667}


def url_path(source: str) -> str:
    """The URL path of a page under `docs/`, relative to the site (`a/b.md`: `a/b/`)."""
    relative = Path(source).with_suffix("")
    if relative.name == "index":
        relative = relative.parent
    return "" if relative == Path() else relative.as_posix() + "/"


def page_sources() -> list[str]:
    """Every Markdown page under `docs/`, as a path relative to `docs/`."""
    return [path.relative_to(DOCS).as_posix() for path in sorted(DOCS.rglob("*.md"))]


def page_paths() -> list[str]:
    """The URL path of every page the site has: one per Markdown file, and the 404.

    Read from `docs/`, so a new chapter is visited without touching the tests;
    `test_every_built_page_is_visited` checks this list against the built site.
    """
    return [*(url_path(source) for source in page_sources()), "404.html"]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The strict build, made once for all xdist workers of the session.

    `OVERLAP_BROWSER_SITE=/path/to/site` tests an existing build instead.
    """
    if existing := os.environ.get("OVERLAP_BROWSER_SITE"):
        return Path(existing)
    return made_once(tmp_path_factory, "browser-site", build_site)


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The built site, served on a free port of 127.0.0.1 for this worker."""
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium (installed by `make test`), one per xdist worker."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "chromium is not installed: `make test` installs it "
            "(sudo apt-get install -y chromium)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@dataclass
class Visit:
    """What a page did while the test looked at it."""

    page: Page
    status: int = 0
    requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *(f"request to another host: {url}" for url in self.foreign_requests),
            *(f"failed request: {failure}" for failure in self.failed_requests),
            *(f"console error: {message}" for message in self.console_errors),
        ]


def new_context(browser: Browser, site_url: str, **options: object) -> BrowserContext:
    context = browser.new_context(base_url=site_url, **options)  # type: ignore[arg-type]
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    return context


def watch(context: BrowserContext, page: Page) -> Visit:
    """Record requests, failures and console errors; block every other host."""
    visit = Visit(page)

    def route(route: Route) -> None:
        visit.requests.append(route.request.url)
        if urlsplit(route.request.url).hostname == SITE_HOST:
            route.continue_()
        else:
            visit.foreign_requests.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", route)
    page.on(
        "console",
        lambda message: (
            visit.console_errors.append(f"{message.text} ({message.location})")
            if message.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda error: visit.console_errors.append(str(error)))
    page.on(
        "requestfailed",
        lambda request: visit.failed_requests.append(
            f"{request.url}: {request.failure}"
        ),
    )
    page.on(
        "response",
        lambda response: (
            visit.failed_requests.append(f"{response.url}: {response.status}")
            if response.status >= 400 and response.request.resource_type != "document"
            else None
        ),
    )
    return visit


def playground_downloads(visit: Visit) -> list[str]:
    """What a page fetched of the playground's Python: its worker and the runtime."""
    return [
        url
        for url in visit.requests
        if "/assets/pyodide/" in url or url.endswith("/assets/playground/worker.js")
    ]


OpenPage = Callable[..., Visit]


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[OpenPage]:
    """Open a path of the site in a fresh browser context; returns the `Visit`.

    Keyword arguments go to `Browser.new_context` (`color_scheme`, `viewport`...);
    `before_load(page)`, if given, runs before the page is opened (to add a route or
    an init script).
    """
    contexts: list[BrowserContext] = []

    def open_page(
        path: str,
        before_load: Callable[[Page], object] | None = None,
        **options: object,
    ) -> Visit:
        context = new_context(browser, site_url, **options)
        contexts.append(context)
        page = context.new_page()
        visit = watch(context, page)
        if before_load is not None:
            before_load(page)
        # "networkidle": also wait for what loads late (the search index).
        response = page.goto(path, wait_until="networkidle")
        assert response is not None, f"no response for {path}"
        visit.status = response.status
        return visit

    yield open_page
    for context in contexts:
        context.close()
