"""Browser code the site serves itself matches the npm packages in package-lock.json."""

import json

import pytest
from markdown_blocks import ROOT

NODE_MODULES = ROOT / "node_modules"
# Served file -> the file in the locked npm package it must equal (`make vendor`).
VENDORED = {
    "docs/assets/vendor/mermaid/mermaid.min.js": "mermaid/dist/mermaid.min.js",
    "docs/assets/vendor/mermaid/LICENSE.txt": "mermaid/LICENSE",
}


def locked_version(package: str) -> str:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return lock["packages"][f"node_modules/{package}"]["version"]


@pytest.mark.parametrize(("served", "source"), VENDORED.items())
def test_vendored_copy_matches_locked_package(served: str, source: str) -> None:
    package = source.split("/")[0]
    installed = json.loads((NODE_MODULES / package / "package.json").read_text())
    assert installed["version"] == locked_version(package), "run `npm ci`"
    assert (ROOT / served).read_bytes() == (NODE_MODULES / source).read_bytes(), (
        f"{served} differs from {package} {installed['version']}: run `make vendor`"
    )
