"""The search separator in `mkdocs.yml` is the one made from the stop-word list.

`tools/site/search_separator.py` makes it from `tools/site/search_stop_words.txt`;
the built search index carries what `mkdocs.yml` says (checked on the built site in
`tests/test_site.py`).
"""

import re
from pathlib import Path

import material
import pytest

from tools.site.search_separator import (
    CONFIG,
    configured,
    separator,
    stop_words,
    with_separator,
)

WORKERS = Path(material.__file__).parent / "templates/assets/javascripts/workers"


def test_mkdocs_yml_has_the_separator_made_from_the_list() -> None:
    assert configured(CONFIG.read_text(encoding="utf-8")) == separator(stop_words()), (
        "run python -m tools separator"
    )


def test_the_list_is_the_themes_stop_words() -> None:
    # Lunr drops these words from the index; splitting off any other word would
    # make it unsearchable.
    (worker,) = WORKERS.glob("search.*.min.js")
    listed = re.search(r"generateStopWordFilter\(\[([^\]]*)\]\)", worker.read_text())
    assert listed, f"{worker.name} no longer has lunr's stop-word filter"
    assert stop_words() == re.findall(r'"([a-z]+)"', listed[1])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("forgot to join", ["forgot", "join"]),
        ("The tools total", ["tools", "total"]),
        (
            "asyncio.TaskGroup and as_completed",
            ["asyncio", "TaskGroup", "as_completed"],
        ),
        ("if __name__ == '__main__':", ["__name__", "'__main__'"]),
        ("Python 3.12, then 3.13.", ["Python", "3.12", "3.13"]),
        ("it’s “fast”… 2×", ["s", "fast", "2"]),  # noqa: RUF001
        ("Another isolated item", ["Another", "isolated", "item"]),
    ],
)
def test_the_separator_splits_text_into_words(text: str, words: list[str]) -> None:
    split = re.split(separator(stop_words()), text)
    assert [word for word in split if word] == words


def test_rewriting_changes_only_the_separator() -> None:
    config = "plugins:\n  - search:\n      separator: '[\\s]+'\n  - other\n"
    assert with_separator(config, "[ ]+") == (
        "plugins:\n  - search:\n      separator: '[ ]+'\n  - other\n"
    )
