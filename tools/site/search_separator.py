"""The search `separator` in `mkdocs.yml`, made from a readable list of stop words.

The theme's search splits the pages and each query into words with this regex. It
splits on spaces, punctuation and dots, but keeps underscores, so that API names
such as `as_completed` and `__main__` stay whole words, a dot followed by a digit
(`3.12`) stays, and `asyncio.TaskGroup` is found by `TaskGroup`. Its last part
splits off the words of `search_stop_words.txt` beside this file (why is said at
the top of that file).

`python -m tools separator` writes the regex made from the list into
`mkdocs.yml` after the list changes; `--check` only says whether it is up to date.
`tests/test_search_separator.py` fails when it is not.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STOP_WORDS = Path(__file__).with_name("search_stop_words.txt")
CONFIG = ROOT / "mkdocs.yml"

# Whitespace and punctuation, the typographic quotes, arrow, times sign and ellipsis
# the pages use (meant, not look-alikes: hence the noqa); a dot unless a digit
# follows it.
PUNCTUATION = r'[\s\-,:;!?=\[\](){}<>"`/\\|*+%$#→×“”‘’…]+|\.(?!\d)'  # noqa: RUF001
SEPARATOR_LINE = re.compile(r"^(?P<indent> +)separator: '(?P<regex>[^']*)'$", re.M)


def stop_words(path: Path = STOP_WORDS) -> list[str]:
    """The list's words, in the file's order, without comments and blank lines."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def separator(words: list[str]) -> str:
    """The regex: punctuation, or a whole stop word, lower case or capitalised.

    The longest words come first (then in alphabetical order), so the regex reads
    the same whatever the list's order.
    """
    for word in words:
        if not re.fullmatch(r"[a-z]+", word):
            raise ValueError(f"{word!r}: a stop word is lower-case letters only")
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    either_case = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in ordered)
    return rf"{PUNCTUATION}|\b(?:{either_case})\b"


def configured(config: str) -> str:
    """The separator that `mkdocs.yml`'s text sets (a single-quoted YAML string)."""
    lines = SEPARATOR_LINE.findall(config)
    if len(lines) != 1:
        raise ValueError(f"mkdocs.yml should have one separator line, not {len(lines)}")
    return lines[0][1]


def with_separator(config: str, regex: str) -> str:
    """`mkdocs.yml`'s text with `regex` as the separator, the rest untouched."""
    configured(config)  # exactly one line to replace
    return SEPARATOR_LINE.sub(
        lambda line: f"{line['indent']}separator: '{regex}'", config
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only say whether it is up to date"
    )
    check = parser.parse_args(argv).check
    config = CONFIG.read_text(encoding="utf-8")
    regex = separator(stop_words())
    if configured(config) == regex:
        print("mkdocs.yml's search separator is made from the stop-word list")
        return 0
    if check:
        print("mkdocs.yml's search separator differs: run this without --check")
        return 1
    CONFIG.write_text(with_separator(config, regex), encoding="utf-8")
    print(f"mkdocs.yml's search separator rewritten from {STOP_WORDS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
