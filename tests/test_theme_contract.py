"""The overrides, and the build's files that lean on the theme's scripts (the HTML
rewrites, the search stop words), with the theme files they were written against
(`tools/site/theme_contract.toml`).

Material is pinned in `pyproject.toml`. When a new release changes a file that an
override copies, extends or patches, the test names the override to re-check
before the digest in `tools/site/theme_contract.toml` is updated.
"""

import hashlib
import tomllib
from importlib.metadata import version
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "tools" / "site" / "theme_contract.toml"
THEME = Path(material.__file__).parent / "templates"


def contract() -> dict:
    with CONTRACT.open("rb") as file:
        return tomllib.load(file)


def entries() -> list:
    return [
        pytest.param(override, theme_file, digest, id=f"{override}: {theme_file}")
        for override, files in contract().items()
        if isinstance(files, dict)
        for theme_file, digest in files.items()
    ]


def test_the_installed_theme_is_the_pinned_one() -> None:
    pinned = contract()["material"]
    assert version("mkdocs-material") == pinned
    assert f'"mkdocs-material=={pinned}"' in (ROOT / "pyproject.toml").read_text()


def test_every_override_is_in_the_contract() -> None:
    overrides = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "overrides").rglob("*")
        if path.suffix in {".html", ".js"}
    }
    # Besides the overrides, files of the build that depend on the theme's scripts.
    covered = {key for key in contract() if key != "material"}
    assert overrides <= covered, overrides - covered
    missing = {key for key in covered if not (ROOT / key).is_file()}
    assert not missing, f"the contract names files that do not exist: {missing}"


@pytest.mark.parametrize(("override", "theme_file", "digest"), entries())
def test_the_theme_file_is_the_one_the_override_was_written_for(
    override: str, theme_file: str, digest: str
) -> None:
    found = sorted(THEME.glob(theme_file))
    assert len(found) == 1, f"the theme has {len(found)} files {theme_file!r}"
    actual = hashlib.sha256(found[0].read_bytes()).hexdigest()
    assert actual == digest, (
        f"the theme's {theme_file} changed: re-check {override} against it, then"
        f" write its new digest {actual} in tools/site/theme_contract.toml"
    )
