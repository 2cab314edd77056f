"""Each rewrite of the built HTML (`tools/site/html_rewrites.py`) on small inputs.

One row per case: the entry's name, the HTML it gets, the HTML it must give. Every
entry has a row where it rewrites and a row where it must leave the HTML alone.
That the build runs the table over every page is checked on the built site, in
`tests/test_site.py`.
"""

from pathlib import Path

import pytest

from tools.site.html_rewrites import REWRITES, SITE_CSS

CSS = "/* Why links are red,\n   for whoever edits the file. */\na { color: red; }\n"
INLINED_CSS = "a { color: red; }\n"
CSS_LINK = '<link rel="stylesheet" href="../stylesheets/overlap.css">'
API_CSS_LINK = '<link rel="stylesheet" href="../assets/_mkdocstrings.css">\n'

CASES = [
    (
        "plain_code_spans",
        '<code><span class="k">def</span><span class="w"> </span>'
        '<span class="nf">run</span><span class="p">(</span><span class="n">x</span>',
        '<code><span class="k">def</span> <span class="nf">run</span>'
        '<span class="p">(</span>x',
    ),
    (
        "plain_code_spans",
        '<span class="nn">asyncio</span><span class="n"><b>x</b></span>',
        '<span class="nn">asyncio</span><span class="n"><b>x</b></span>',
    ),
    (
        "focusable_code",
        '<pre><span></span><code><span class="k">pass</span></code></pre>',
        '<pre><span></span><code tabindex="0"><span class="k">pass</span></code></pre>',
    ),
    (
        "focusable_code",
        '<pre style="--overlap-lines: 1"><span></span><code>pass</code></pre>',
        '<pre style="--overlap-lines: 1"><span></span><code tabindex="0">pass</code>'
        "</pre>",
    ),
    (
        "focusable_code",
        "<p>Call <code>run()</code>.</p><pre><code>plain</code></pre>",
        "<p>Call <code>run()</code>.</p><pre><code>plain</code></pre>",
    ),
    (
        "scrollable_tables",
        '<h2 id="timings">Timings</h2><p>x</p><table>\n<tr><td>1</td></tr>\n</table>',
        '<h2 id="timings">Timings</h2><p>x</p>'
        '<div class="overlap-table" tabindex="0" role="region" '
        'aria-labelledby="timings"><table>\n<tr><td>1</td></tr>\n</table></div>',
    ),
    (
        "scrollable_tables",
        '<h2 id="a">A</h2><h3 id="b">B</h3><table></table><table></table>',
        '<h2 id="a">A</h2><h3 id="b">B</h3>'
        '<div class="overlap-table" tabindex="0" role="region" aria-labelledby="b">'
        "<table></table></div>"
        '<div class="overlap-table" tabindex="0" role="region" aria-labelledby="b">'
        "<table></table></div>",
    ),
    (
        "scrollable_tables",
        "<table></table>",
        '<div class="overlap-table" tabindex="0" role="region" aria-label="Table">'
        "<table></table></div>",
    ),
    (
        "scrollable_tables",
        '<h2 id="a">A</h2><p>No table <code>&lt;table&gt;</code> here.</p>',
        '<h2 id="a">A</h2><p>No table <code>&lt;table&gt;</code> here.</p>',
    ),
    (
        "permalink_labels",
        '<h2 id="a">A<a class="headerlink" href="#a" title="Permanent link">¶</a></h2>',
        '<h2 id="a">A<a class="headerlink" href="#a" aria-label="Permanent link">¶</a>'
        "</h2>",
    ),
    (
        "permalink_labels",
        '<a href="#a" title="Permanent link">a</a><abbr title="Global lock">GIL</abbr>',
        '<a href="#a" title="Permanent link">a</a><abbr title="Global lock">GIL</abbr>',
    ),
    (
        "api_stylesheet_where_used",
        f"<head>{API_CSS_LINK}</head><p>A chapter</p>",
        "<head></head><p>A chapter</p>",
    ),
    (
        "api_stylesheet_where_used",
        f'<head>{API_CSS_LINK}</head><div class="doc doc-object">',
        f'<head>{API_CSS_LINK}</head><div class="doc doc-object">',
    ),
    (
        "inline_site_stylesheet",
        f"<head>{CSS_LINK}</head>",
        f"<head><style>\n{INLINED_CSS}</style></head>",
    ),
    (
        "inline_site_stylesheet",
        '<head><link rel="stylesheet" href="../assets/main.css"></head>',
        '<head><link rel="stylesheet" href="../assets/main.css"></head>',
    ),
]

BY_NAME = {entry.name: entry for entry in REWRITES}


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    css = tmp_path / SITE_CSS
    css.parent.mkdir(parents=True)
    css.write_text(CSS, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    CASES,
    ids=[
        f"{name}, {'rewrites' if given != expected else 'leaves alone'}"
        for name, given, expected in CASES
    ],
)
def test_rewrite(name: str, given: str, expected: str, docs_dir: Path) -> None:
    assert BY_NAME[name].rewrite(given, docs_dir) == expected


def test_every_entry_has_a_row_that_rewrites_and_one_that_does_not() -> None:
    rewrites = {name for name, given, expected in CASES if given != expected}
    leaves_alone = {name for name, given, expected in CASES if given == expected}
    assert set(BY_NAME) == rewrites == leaves_alone


def test_every_entry_says_what_it_earns_measured() -> None:
    for entry in REWRITES:
        assert entry.earns, entry.name
        assert "Measured:" in (entry.rewrite.__doc__ or ""), entry.name
