"""Read the fenced code blocks and snippet includes of the Markdown pages in `docs/`."""

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

FENCE = re.compile(
    r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$', re.MULTILINE)
NOT_RUN = re.compile(r"<!--\s*not-run:\s*(?P<reason>.+?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a page."""

    page: Path
    line: int
    language: str
    info: str
    body: str
    not_run_reason: str | None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def includes(self) -> list[str]:
        return INCLUDE.findall(self.body)

    @property
    def is_include(self) -> bool:
        """Whether the block only includes files (they are tested as example files)."""
        lines = [line for line in self.body.splitlines() if line.strip()]
        return bool(lines) and all(INCLUDE.match(line) for line in lines)


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = NOT_RUN.search(before)
        info = match["info"].strip().strip("{}").strip()
        language = info.split()[0].lstrip(".").lower() if info else ""
        found.append(
            Block(
                page, line, language, info, match["body"], marker and marker["reason"]
            )
        )
    return found


def all_blocks() -> list[Block]:
    return [block for page in pages() for block in blocks(page)]


def split_target(target: str) -> tuple[Path, str | None]:
    """`examples/a.py:name` -> (path, section name)."""
    path, _, section = target.partition(":")
    return ROOT / path, section or None
