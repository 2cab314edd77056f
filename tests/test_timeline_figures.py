"""The timeline figures: one per `[[timeline]]` of a chapter's manifest, shown on the
chapter's page, labelled.

A figure records the SHA-256 of the example it pictures; when the example changes,
its figure is out of date until `make figures` draws it again from a new run
(checked with every other generated file in `tests/test_freshness.py`).
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markdown_blocks import DOCS, ROOT

from tools import timelines

SVG = "{http://www.w3.org/2000/svg}"
FIGURES_DIR = DOCS / "figures"
MAX_SIZE = 12 * 1024


FIGURE_LIST = timelines.FIGURE_LIST
SVG_FILES = sorted(FIGURES_DIR.rglob("*.svg"))


def name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_figure_file_is_listed_and_every_listed_figure_exists() -> None:
    listed = {figure.path for figure in FIGURE_LIST}
    unlisted = [name(path) for path in SVG_FILES if path not in listed]
    assert not unlisted, f"no chapter.toml lists them as [[timeline]]: {unlisted}"
    missing = [name(path) for path in sorted(listed) if not path.is_file()]
    assert not missing, f"run `make figures` to draw {missing}"


@pytest.mark.parametrize("figure", FIGURE_LIST, ids=lambda figure: name(figure.path))
def test_figure_is_shown_on_its_page_next_to_its_example(figure) -> None:
    page = ROOT / figure.page
    assert page.is_file(), f"{figure.page} does not exist"
    text = page.read_text(encoding="utf-8")
    include = f'--8<-- "{name(figure.path)}"'
    assert include in text, f"{figure.page} must show the figure: {include}"
    assert f'--8<-- "{figure.example}"' in text, (
        f"{figure.page} shows the figure but not {figure.example}"
    )


@pytest.mark.parametrize("path", SVG_FILES, ids=name)
def test_figure_is_labelled_and_small(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and (title.text or "").strip()
    assert desc is not None and "The run shown lasts" in (desc.text or "")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert all(i.startswith(root.get("aria-labelledby")[:4]) for i in ids)
    assert path.stat().st_size < MAX_SIZE, f"{name(path)} is over {MAX_SIZE} bytes"


def test_figure_ids_are_unique_across_the_site() -> None:
    seen: dict[str, str] = {}
    for path in SVG_FILES:
        for element in ET.parse(path).getroot().iter():
            element_id = element.get("id")
            if element_id:
                assert element_id not in seen, (
                    f"id {element_id} in {name(path)} and {seen[element_id]}"
                )
                seen[element_id] = name(path)
