"""Every generated file the site shows was made from its sources as they are now.

One check for the playground verdicts, the timeline figures, the benchmark charts
and the diagrams' drawings (`tools/freshness.py` knows where each is stamped and
what remakes it): a failure names the stale file, what changed, and the command to
run.
"""

from tools import freshness


def test_every_kind_of_generated_file_is_found() -> None:
    """A stamp that is never read cannot go stale: each kind has files to check."""
    empty = [g.what for g in freshness.GENERATORS if not any(g.stamps())]
    assert not empty, f"no files found for {empty}: did they move?"


def test_every_generated_file_is_made_from_its_sources_as_they_are_now() -> None:
    stale = freshness.stale()
    assert not stale, "out of date:\n" + "\n".join(str(item) for item in stale)
