"""The site builds on Zensical too, with the figures, Run buttons and glossary.

`make build` is MkDocs with Material; Zensical (the maintainers' successor, which
reads `mkdocs.yml`) runs the Python-Markdown extensions listed there but no MkDocs
hook. The benchmark figures, the Run buttons and the glossary-at-first-use are
extensions in `tools/site/` for that reason. Here a copy of the repository is built
with `zensical build`, and each of them is compared, page by page, with the strict
MkDocs build of the same tree.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_blocks import DOCS, ROOT
from once_per_session import made_once

from tools.site.bench_figures import PLACEHOLDER
from tools.site.html_rewrites import (
    API_DOCS,
    HIGHLIGHTED_CODE,
    MKDOCSTRINGS_CSS,
    PERMALINK,
    PLAIN_SPAN,
    SITE_CSS_LINK,
)
from tools.site.pyodide_runtime import RUNTIME, RUNTIME_FILES

pytestmark = pytest.mark.timeout(600)

BUILD_TIMEOUT_S = 300
SCRIPT = re.compile(r'<script src="([^"]*playground\.js)" defer></script>')
CONTROLS = re.compile(r'<div class="overlap-run" data-example="([^"]+)"')
NOTE = re.compile(r'<p class="overlap-run-note">.*?</p>', re.DOTALL)
ABBREVIATION = re.compile(r"<abbr title=[^>]*>(.*?)</abbr>", re.DOTALL)
CODE = re.compile(r"<code[^>]*>.*?</code>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
# A figure as the benchmark extension writes one: 0.104 s, 7.1 ms, 1.04x, 93%.
FIGURE = re.compile(r"\d[\d.,]*\s?(?:s|ms|x|%)\b")


def zensical() -> str:
    """The `zensical` command of this environment; the test fails without it."""
    found = Path(sys.executable).with_name("zensical")
    if not found.is_file():
        pytest.fail(
            f"zensical is not installed beside {sys.executable}: it is a dev"
            " dependency (pyproject.toml, group docs); run `make envs`"
        )
    return str(found)


def copy_of_the_repository(destination: Path) -> Path:
    """The tracked and new files of the working tree (no build output, no venvs),
    and the results files the verification page is built from, as MkDocs sees them.
    """
    for results in (ROOT / ".results").glob("*.json"):
        (destination / ".results").mkdir(parents=True, exist_ok=True)
        shutil.copy2(results, destination / ".results" / results.name)
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m tools zensical` on a copy of the repository; the built site.

    Built once for every xdist worker of the session (`made_once`)."""
    zensical()  # fails, saying how to install it, when it is missing
    return made_once(tmp_path_factory, "zensical-site", build_with_zensical)


def build_with_zensical(site: Path) -> None:
    copy = copy_of_the_repository(site.parent / f"{site.name}-repository")
    environment = {
        **os.environ,
        "PYTHONPATH": str(copy),
        "OVERLAP_PYODIDE_DIR": str(RUNTIME),
    }
    # One command: `zensical build`, the HTML rewrites, the playground's files.
    completed = subprocess.run(
        [sys.executable, "-m", "tools", "zensical", str(site)],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        env=environment,
        check=False,
    )
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output
    assert "No issues found" in output, output


def pages(site: Path) -> dict[str, str]:
    """Every page of a built site by its path, skipping what only one build has."""
    return {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
        for path in site.rglob("*.html")
        if "assets" not in path.relative_to(site).parts
    }


def article(html: str) -> str:
    """The page's own content, without the theme's header, navigation and footer."""
    start, end = html.find("<article"), html.find("</article>")
    assert 0 <= start < end, "no <article> in the page"
    return html[start:end]


def test_no_placeholder_is_left_raw(zensical_site: Path) -> None:
    raw = {
        name: re.findall(r"\{\{[^}]*\}\}", CODE.sub("", html))
        for name, html in pages(zensical_site).items()
    }
    assert not {name: found for name, found in raw.items() if found}


def test_the_pages_show_the_same_benchmark_figures(
    zensical_site: Path, site: Path
) -> None:
    with_figures = sorted(
        path.relative_to(DOCS).with_suffix("").as_posix()
        for path in DOCS.rglob("*.md")
        if PLACEHOLDER.search(path.read_text(encoding="utf-8"))
    )
    assert with_figures, "no page quotes a benchmark figure"
    for page in with_figures:
        name = "index.html" if page == "index" else f"{page}/index.html"
        made_by = {
            build: FIGURE.findall(TAG.sub("", article((root / name).read_text())))
            for build, root in (("mkdocs", site), ("zensical", zensical_site))
        }
        assert made_by["zensical"] == made_by["mkdocs"], page
        assert made_by["mkdocs"], f"{page}: no figure found"


def test_the_same_run_buttons_under_the_same_examples(
    zensical_site: Path, site: Path
) -> None:
    made_by = {}
    for build, root in (("mkdocs", site), ("zensical", zensical_site)):
        made_by[build] = {
            name: (CONTROLS.findall(html), NOTE.findall(html))
            for name, html in pages(root).items()
            if "overlap-run" in html
        }
    assert made_by["zensical"] == made_by["mkdocs"]
    buttons = sum(len(found[0]) for found in made_by["mkdocs"].values())
    assert buttons, "no Run button in the MkDocs build"


def test_glossary_terms_are_explained_at_first_use(
    zensical_site: Path, site: Path
) -> None:
    made_by = {}
    for build, root in (("mkdocs", site), ("zensical", zensical_site)):
        made_by[build] = {
            name: ABBREVIATION.findall(article(html))
            for name, html in pages(root).items()
            if "<article" in html
        }
    for name, terms in made_by["zensical"].items():
        assert len(terms) == len(set(terms)), (name, terms)
    assert made_by["zensical"] == made_by["mkdocs"]
    assert any(made_by["zensical"].values()), "no page explains a glossary term"


def test_a_page_with_a_run_button_loads_the_playground(zensical_site: Path) -> None:
    """Zensical runs no hook: the extension puts the style and script in the page."""
    with_buttons = {
        name: html
        for name, html in pages(zensical_site).items()
        if CONTROLS.search(html)
    }
    assert with_buttons, "no Run button in the Zensical build"
    for name, html in with_buttons.items():
        scripts = SCRIPT.findall(html)
        assert len(scripts) == 1, (name, scripts)
        loaded = (zensical_site / name).parent / scripts[0]
        assert loaded.resolve() == zensical_site / "assets/playground/playground.js"
        assert loaded.is_file(), name
        assert "<style>" in html.split('class="overlap-run')[0], name


# What each rewrite leaves in a page, counted: a page built without the rewrites
# has highlighter spans, titled permalinks, a linked site stylesheet, code blocks
# and tables nobody can focus.
SIGNATURES = {
    "plain_code_spans": PLAIN_SPAN,
    "focusable_code": re.compile(r'<code tabindex="0">'),
    "unfocusable_code": HIGHLIGHTED_CODE,
    "scrollable_tables": re.compile(r'<div class="overlap-table" tabindex="0"'),
    "permalink_labels": re.compile(r'class="headerlink" href="[^"]*" aria-label='),
    "titled_permalinks": PERMALINK,
    "linked_site_stylesheet": SITE_CSS_LINK,
}


def signatures(html: str) -> dict[str, int]:
    counts = {name: len(found.findall(html)) for name, found in SIGNATURES.items()}
    # Zensical links mkdocstrings' stylesheet from no page (MkDocs from every page,
    # and the rewrite keeps it on the API page only): count it where it is unused.
    unused = API_DOCS not in html and MKDOCSTRINGS_CSS.search(html)
    return {**counts, "api_stylesheet_where_unused": int(bool(unused))}


def test_the_html_rewrites_took_effect_as_in_the_mkdocs_build(
    zensical_site: Path, site: Path
) -> None:
    made_by = {
        build: {name: signatures(html) for name, html in pages(root).items()}
        for build, root in (("mkdocs", site), ("zensical", zensical_site))
    }
    differ = {
        name: (counts, made_by["mkdocs"].get(name))
        for name, counts in made_by["zensical"].items()
        if counts != made_by["mkdocs"].get(name)
    }
    assert not differ, differ
    assert any(c["focusable_code"] for c in made_by["zensical"].values())


def test_the_pyodide_runtime_and_page_script_are_in_the_site(
    zensical_site: Path,
) -> None:
    missing = [
        path
        for path in (
            *(f"assets/pyodide/{name}" for name in RUNTIME_FILES),
            "assets/playground/playground.js",
        )
        if not (zensical_site / path).is_file()
    ]
    assert not missing, missing
