"""Every chapter folder has a manifest, `chapter.toml`, and what it says holds.

The manifest (`tools/examples/chapters.py`) names the chapter's page, its timeline
figures and its examples' settings. Each test id is the chapter's folder under
`examples/`, so a failure names the manifest to fix. A manifest that cannot be read
stops the collection of the example tests too, with the same message.
"""

import tomllib
from pathlib import Path

import pytest
from markdown_blocks import ROOT, blocks, split_target

from tools.examples.chapters import ManifestError, chapter_folders, chapters, load
from tools.examples.settings import all_settings

FOLDERS = chapter_folders()


def folder_id(folder: Path) -> str:
    return folder.relative_to(ROOT / "examples").as_posix()


def test_every_manifest_sits_in_a_chapter_folder() -> None:
    stray = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "examples").rglob("*.toml"))
        if path.parent not in FOLDERS
        or path.name not in ("chapter.toml", "pyproject.toml")
    ]
    assert not stray, f"examples/<part>/<chapter>/chapter.toml only, not {stray}"


@pytest.mark.parametrize("folder", FOLDERS, ids=folder_id)
def test_manifest_reads_and_names_only_what_exists(folder: Path) -> None:
    try:
        load(folder)
    except ManifestError as error:
        pytest.fail(str(error), pytrace=False)


def test_every_setting_is_known_and_gives_a_reason() -> None:
    try:
        settings = all_settings()
    except ManifestError as error:
        pytest.fail(str(error), pytrace=False)
    assert settings, "no example declares a setting: is any manifest read?"


@pytest.mark.parametrize("folder", FOLDERS, ids=folder_id)
def test_the_chapter_page_shows_every_example_of_the_folder(folder: Path) -> None:
    chapter = load(folder)
    page = ROOT / chapter.page
    assert page.is_file(), (
        f"{folder_id(folder)}/chapter.toml: page {chapter.page} does not exist"
    )
    shown = {
        split_target(target)[0] for block in blocks(page) for target in block.includes
    }
    missing = [path.name for path in chapter.examples if path not in shown]
    assert chapter.examples, f"{folder_id(folder)} has no example"
    assert not missing, f"{chapter.page} does not include {missing} of its folder"


def test_the_manifest_contributing_shows_is_part_of_a_real_one() -> None:
    shown = [
        block
        for block in blocks(ROOT / "CONTRIBUTING.md")
        if block.language == "toml" and "[chapter]" in block.body
    ]
    assert len(shown) == 1, "CONTRIBUTING.md shows one manifest"
    excerpt = tomllib.loads(shown[0].body)
    (chapter,) = [c for c in chapters() if c.page == excerpt["chapter"]["page"]]
    real = tomllib.loads(chapter.manifest.read_text(encoding="utf-8"))
    differ = [
        key
        for key, value in excerpt.items()
        if key != "timeline" and real.get(key) != value
    ] + [
        f"[[timeline]] of {figure['example']}"
        for figure in excerpt.get("timeline", [])
        if figure not in real.get("timeline", [])
    ]
    assert not differ, (
        f"CONTRIBUTING.md differs from {chapter.manifest.relative_to(ROOT)}: {differ}"
    )
