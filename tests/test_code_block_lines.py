"""Each code block carries its line count (`tools/site/code_block_lines.py`), from which
the stylesheet gives it its height before it is painted: a wrong count is a layout
shift on a phone, so the count is checked on the blocks the site's Markdown makes."""

import markdown
import pytest

from tools.site.code_block_lines import line_count, with_line_counts

pytestmark = pytest.mark.once


def rendered(source: str) -> str:
    return markdown.markdown(
        source,
        extensions=[
            "pymdownx.highlight",
            "pymdownx.superfences",
            "tools.site.code_block_lines",
        ],
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [(["x = 1"], 1), (["import os", "", "print(os.sep)"], 3), (["a", "", "", "b"], 4)],
)
def test_a_highlighted_block_carries_its_line_count(
    lines: list[str], expected: int
) -> None:
    html = rendered("```python\n" + "\n".join(lines) + "\n```\n")
    assert f'<pre style="--overlap-lines: {expected}">' in html, html


def test_a_last_line_without_a_newline_counts() -> None:
    assert line_count("<code>a\nb</code>") == 2
    assert line_count("<code>a\nb\n</code>") == 2


def test_a_pre_with_its_own_style_is_left_alone() -> None:
    html = '<pre style="color: red"><code>a\n</code></pre>'
    assert with_line_counts(html) == html
