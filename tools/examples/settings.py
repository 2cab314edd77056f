"""What the tests need to know about particular examples, read from `chapter.toml`.

Every example runs under the same rules (`test_examples.py`). The exceptions live
beside the examples, in their chapter's manifest (`chapters.py`), a table per
example that needs one, each setting with its reason:

```toml
["03_tiny_jobs.py"]
exclusive = "why it must run alone, after the rest of the suite"
tolerance = { relative = 0.25, absolute = 0.0, why = "why its figures drift more" }
demo_server = { flags = ["--rate-limit", "5"], why = "why it needs that server" }
```

`tests/test_chapter_manifests.py` fails on a setting for a file that does not exist,
an unknown key or a missing reason.
"""

from dataclasses import dataclass
from functools import cache

from tools.examples.chapters import EXAMPLES, ManifestError, chapters

# Runs an example that prints figures gets to match its output: a measurement on a
# busy machine may miss, so it must match on one of this many runs (never loosened).
ATTEMPTS = 3

PROCESS_MARKERS = ("multiprocessing", "ProcessPoolExecutor")


@dataclass(frozen=True)
class Tolerance:
    """How far a measured figure (`2.0 s`, `7.9x`, `95%`) may drift from its `#>` line.

    A figure passes when `|actual - shown| <= max(absolute, relative * |shown|)`,
    plus half a unit in the last digit of each (both are rounded for display).
    Everything in the output that is not a figure with a unit must match exactly.
    """

    relative: float = 0.10
    absolute: float = 0.0


DEFAULT_TOLERANCE = Tolerance()


@dataclass(frozen=True)
class Settings:
    """One example's exceptions to the rules; the defaults are the rules."""

    exclusive: bool = False
    tolerance: Tolerance = DEFAULT_TOLERANCE
    demo_server_flags: tuple[str, ...] | None = None


class SettingsError(ManifestError):
    """A setting with an unknown key or no reason."""


def _reason(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where}: give the reason as a non-empty string")
    return value


def _table(value: object, keys: set[str], where: str) -> dict:
    if not isinstance(value, dict):
        raise SettingsError(f"{where}: expected a table {{ ..., why = '...' }}")
    unknown = set(value) - keys - {"why"}
    if unknown:
        raise SettingsError(f"{where}: unknown key(s) {sorted(unknown)}")
    _reason(value.get("why"), f"{where}.why")
    return value


def _parse(name: str, entry: object) -> Settings:
    if not isinstance(entry, dict) or not entry:
        raise SettingsError(f"{name}: expected a table of settings")
    unknown = set(entry) - {"exclusive", "tolerance", "demo_server"}
    if unknown:
        raise SettingsError(f"{name}: unknown setting(s) {sorted(unknown)}")
    settings = Settings()
    if "exclusive" in entry:
        _reason(entry["exclusive"], f"{name}: exclusive")
        settings = Settings(True, settings.tolerance, settings.demo_server_flags)
    if "tolerance" in entry:
        keys = {"relative", "absolute"}
        table = _table(entry["tolerance"], keys, f"{name}: tolerance")
        tolerance = Tolerance(
            float(table.get("relative", 0.0)), float(table.get("absolute", 0.0))
        )
        settings = Settings(settings.exclusive, tolerance, settings.demo_server_flags)
    if "demo_server" in entry:
        table = _table(entry["demo_server"], {"flags"}, f"{name}: demo_server")
        flags = table.get("flags")
        if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
            raise SettingsError(f"{name}: demo_server.flags must be a list of strings")
        settings = Settings(settings.exclusive, settings.tolerance, tuple(flags))
    return settings


@cache
def all_settings() -> dict[str, Settings]:
    """Every declared setting, keyed by the example's path under `examples/`."""
    found: dict[str, Settings] = {}
    for chapter in chapters():
        for file_name, entry in chapter.settings.items():
            name = (chapter.folder / file_name).relative_to(EXAMPLES).as_posix()
            found[name] = _parse(name, entry)
    return found


def settings_for(name: str) -> Settings:
    """The settings of the example at `examples/<name>`."""
    return all_settings().get(name, Settings())


def starts_processes(source: str) -> bool:
    """Whether an example starts processes (so it runs under each start method)."""
    return any(marker in source for marker in PROCESS_MARKERS)
