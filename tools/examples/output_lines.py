"""The `#>` lines of an example: what each `print` showed, on which Pythons.

Under each `print` of an example, `#> text` lines show what it printed. Where a
Python prints something else, the lines carry the versions they belong to, in
version order:

```python
print(type(error).__name__)
#> [3.12-3.13] AttributeError
#> [3.14+] PicklingError
```

A *view* of an example for one Python is its source with only that Python's `#>`
lines, untagged: the tests compare the view of the file with the view a real run
produces (`printed_view`). `merge_update` writes one Python's new output back into
the file and keeps the other Pythons' lines, so `make update-example` run on each
Python leaves every version's real output, grouped where they agree.

This module is the only place that knows the format; the print recorder
(`print_log/sitecustomize.py`) only records which line printed what.
"""

import ast
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Every CPython the suite checks, oldest first; the Makefile and the GitHub workflow
# run these (a test checks that they agree).
PYTHONS = ("3.12", "3.13", "3.14", "3.15")
MAIN_PYTHON = "3.14"

# `#> text`, or `#> [3.14+] text` for the Pythons named (black leaves `#> ` alone).
VERSION_RANGE = r"3\.\d+(?:\+|-3\.\d+)?"
OUTPUT_LINE = re.compile(
    rf"^(?P<indent>[ \t]*)#>(?: \[(?P<tag>{VERSION_RANGE}(?:, {VERSION_RANGE})*)\])?"
    r"(?: (?P<text>.*))?$"
)


class TagError(ValueError):
    """A `#> [...]` tag that names no Python the suite checks."""


@dataclass(frozen=True)
class Print:
    """One call of `print` recorded in a run: the line that made it and its text."""

    line: int
    text: str


def versions_in(tag: str) -> frozenset[str]:
    """`3.14+`, `3.12-3.13`, `3.15` or a comma list of those -> the Pythons named."""
    found: set[str] = set()
    for item in (part.strip() for part in tag.split(",")):
        if item.endswith("+") and item[:-1] in PYTHONS:
            found.update(PYTHONS[PYTHONS.index(item[:-1]) :])
        elif "-" in item and all(end in PYTHONS for end in item.split("-", 1)):
            first, last = (PYTHONS.index(end) for end in item.split("-", 1))
            found.update(PYTHONS[first : last + 1])
        elif item in PYTHONS:
            found.add(item)
        else:
            raise TagError(f"#> [{tag}]: {item!r} is not one of {', '.join(PYTHONS)}")
    return frozenset(found)


def tag_for(versions: Iterable[str]) -> str:
    """The shortest tag for a set of Pythons: runs of versions as ranges."""
    indexes = sorted(PYTHONS.index(version) for version in versions)
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        first, last = PYTHONS[run[0]], PYTHONS[run[-1]]
        if run[-1] == len(PYTHONS) - 1 and len(run) > 1:
            parts.append(f"{first}+")
        else:
            parts.append(first if first == last else f"{first}-{last}")
    return ", ".join(parts)


def output_text(line: str) -> str | None:
    """The text an output line shows (without `#>` and its tag); None for code."""
    match = OUTPUT_LINE.match(line)
    return None if match is None else match["text"] or ""


def output_line(indent: str, text: str, tag: str | None = None) -> str:
    marker = f"#> [{tag}]" if tag else "#>"
    return f"{indent}{marker} {text}" if text else f"{indent}{marker}"


def view_for(source: str, version: str) -> str:
    """The source with the `#>` lines of one Python only, untagged."""
    lines = []
    for line in source.splitlines():
        match = OUTPUT_LINE.match(line)
        if match and match["tag"] is not None:
            if version not in versions_in(match["tag"]):
                continue
            line = output_line(match["indent"], match["text"] or "")
        lines.append(line)
    return "\n".join(lines) + "\n"


def print_locations(source: str) -> dict[int, tuple[int, int]]:
    """For each line inside a `print(...)` call: (the call's last line, its column)."""
    locations: dict[int, tuple[int, int]] = {}
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
            and node.end_lineno is not None
        ):
            for line in range(node.lineno, node.end_lineno + 1):
                locations.setdefault(line, (node.end_lineno, node.col_offset))
    return locations


def printed_view(source: str, prints: Iterable[Print]) -> str:
    """The source with its `#>` lines replaced by what a run printed.

    Each print's lines go under the `print` call that made them, in the order it
    made them; a call inside a loop shows all its lines together.
    """
    locations = print_locations(source)
    lines = source.splitlines()
    shown: dict[int, list[str]] = {}
    for record in prints:
        last_line, column = locations.get(
            record.line, (record.line, _indent_width(lines, record.line))
        )
        for text in record.text.split("\n"):
            shown.setdefault(last_line, []).append(
                output_line(" " * column, text.rstrip())
            )
    result = []
    for number, line in enumerate(lines, start=1):
        if OUTPUT_LINE.match(line):
            continue
        result.append(line)
        result.extend(shown.get(number, []))
    return "\n".join(result) + "\n"


def _indent_width(lines: list[str], number: int) -> int:
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    return len(line) - len(line.lstrip())


def _segments(source: str) -> list[tuple[str | None, list[str]]]:
    """Code lines, each with the `#>` lines that follow it (None heads the file)."""
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in source.splitlines():
        if OUTPUT_LINE.match(line):
            segments[-1][1].append(line)
        else:
            segments.append((line, []))
    return segments


def _per_version(block: list[str]) -> dict[str, list[tuple[str, str]]]:
    shown: dict[str, list[tuple[str, str]]] = {version: [] for version in PYTHONS}
    for line in block:
        match = OUTPUT_LINE.match(line)
        assert match is not None
        versions = versions_in(match["tag"]) if match["tag"] is not None else PYTHONS
        for version in versions:
            shown[version].append((match["indent"], match["text"] or ""))
    return shown


def _serialise(shown: dict[str, list[tuple[str, str]]]) -> list[str]:
    groups: dict[tuple[tuple[str, str], ...], list[str]] = {}
    for version in PYTHONS:
        groups.setdefault(tuple(shown[version]), []).append(version)
    if len(groups) == 1:
        return [output_line(indent, text) for indent, text in shown[PYTHONS[0]]]
    lines = []
    for block, versions in groups.items():
        tag = tag_for(versions)
        lines.extend(output_line(indent, text, tag) for indent, text in block)
    return lines


def merge_update(
    source: str,
    version: str,
    printed: str,
    same: Callable[[str, str], bool] = str.__eq__,
) -> str:
    """The source with one Python's `#>` lines replaced by those of `printed`.

    `printed` is a view for `version` (from `printed_view`). A shown line that
    `same(shown, printed)` accepts (a figure within tolerance) is kept as it is,
    so figures are not rewritten on every run. Other Pythons' lines are kept;
    lines that now hold on every Python lose their tags.
    """
    old, new = _segments(source), _segments(printed)
    if [code for code, _ in old] != [code for code, _ in new]:
        raise ValueError("the printed view is not of this source")
    lines: list[str] = []
    for (code, old_block), (_, new_block) in zip(old, new, strict=True):
        if code is not None:
            lines.append(code)
        shown = _per_version(old_block)
        before = [output_line(indent, text) for indent, text in shown[version]]
        if len(before) == len(new_block) and all(
            same(a, b) for a, b in zip(before, new_block, strict=True)
        ):
            new_block = before
        shown[version] = [
            (match["indent"], match["text"] or "")
            for match in map(OUTPUT_LINE.match, new_block)
            if match is not None
        ]
        lines.extend(_serialise(shown))
    return "\n".join(lines) + "\n"
