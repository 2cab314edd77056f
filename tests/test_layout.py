"""The tree's layout (issue #19): `tests/` holds tests and what they use, no tools.

A contributor looks for a tool in `tools/` and for a test in `tests/`, and a tool
keeps working when the tests change. So: every file under `tests/` is a test
module, a `conftest.py`, or a module or data file that a test uses; none is a
script (a `__main__` guard at its top level); and no Python file outside `tests/`
imports a module that lives there.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

from markdown_blocks import ROOT

TESTS = ROOT / "tests"
# Not project code, or made by tools: never read for imports.
SKIPPED = {".git", ".venvs", ".tools", "node_modules", "site", "__pycache__"}


def files(under: Path) -> Iterator[Path]:
    for path in sorted(under.iterdir()):
        if path.name in SKIPPED or path.name.startswith("."):
            continue
        if path.is_dir():
            yield from files(path)
        else:
            yield path


def name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def imported(path: Path) -> set[str]:
    """The top-level names of the modules a Python file imports."""
    names = set()
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def is_script(path: Path) -> bool:
    """True when the module has `if __name__ == "__main__":` at its top level."""
    return any(
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
        for node in ast.parse(path.read_bytes(), filename=str(path)).body
    )


def is_test(path: Path) -> bool:
    return path.name == "conftest.py" or (
        path.name.startswith("test_") and path.suffix == ".py"
    )


def used_by_tests(test_files: list[Path]) -> set[Path]:
    """Every non-test file under `tests/` that a test imports or names, directly or
    through another such module."""
    helpers = {
        path.stem: path
        for path in test_files
        if path.suffix == ".py" and not is_test(path)
    }
    data = [path for path in test_files if path.suffix != ".py"]
    used: set[Path] = set()
    readers = [path for path in test_files if is_test(path)]
    while readers:
        reader = readers.pop()
        text = reader.read_text(encoding="utf-8")
        for module in imported(reader) & helpers.keys():
            if helpers[module] not in used:
                used.add(helpers[module])
                readers.append(helpers[module])
        used.update(path for path in data if path.name in text)
    return used


def test_tests_hold_only_tests_and_what_they_use() -> None:
    test_files = list(files(TESTS))
    used = used_by_tests(test_files)
    unused = [
        name(path) for path in test_files if not is_test(path) and path not in used
    ]
    assert not unused, (
        f"no test uses {unused}: a tool or script belongs in tools/ (see CONTRIBUTING,"
        " 'Where things are'), a test file is named test_*.py"
    )
    scripts = [
        name(path) for path in test_files if path.suffix == ".py" and is_script(path)
    ]
    assert not scripts, f"scripts in tests/, which belong in tools/: {scripts}"


def test_nothing_outside_tests_imports_a_test_module() -> None:
    test_modules = {"tests"} | {
        path.stem for path in files(TESTS) if path.suffix == ".py"
    }
    importers = {
        name(path): sorted(imported(path) & test_modules)
        for path in files(ROOT)
        if path.suffix == ".py" and TESTS not in path.parents
    }
    offenders = {path: modules for path, modules in importers.items() if modules}
    assert not offenders, (
        f"these import from tests/, which only tests may do: {offenders};"
        " move what they need into tools/"
    )
