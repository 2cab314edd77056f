"""The `#>` format: which Python a line belongs to, and how an update merges them."""

import pytest

from tools.examples.output_lines import (
    PYTHONS,
    Print,
    TagError,
    merge_update,
    printed_view,
    tag_for,
    versions_in,
    view_for,
)

TAGGED = """\
try:
    raise ValueError("x")
except ValueError as error:
    print(type(error).__name__)
    #> [3.12-3.13] AttributeError
    #> [3.14+] PicklingError
print("done")
#> done
"""


@pytest.mark.parametrize(
    ("tag", "versions"),
    [
        ("3.14+", {"3.14", "3.15"}),
        ("3.12-3.13", {"3.12", "3.13"}),
        ("3.15", {"3.15"}),
        ("3.12, 3.14+", {"3.12", "3.14", "3.15"}),
    ],
)
def test_a_tag_names_its_pythons(tag: str, versions: set[str]) -> None:
    assert versions_in(tag) == versions
    assert versions_in(tag_for(versions)) == versions


def test_a_tag_for_a_python_the_suite_does_not_run_is_an_error() -> None:
    with pytest.raises(TagError, match=r"3\.11"):
        versions_in("3.11+")


def test_the_shortest_tag_is_written() -> None:
    assert tag_for({"3.14", "3.15"}) == "3.14+"
    assert tag_for({"3.12", "3.13"}) == "3.12-3.13"
    assert tag_for({"3.12", "3.15"}) == "3.12, 3.15"


def test_a_view_keeps_one_pythons_lines_untagged() -> None:
    view = view_for(TAGGED, "3.13")
    assert "    #> AttributeError\n" in view
    assert "Pickling" not in view
    assert "#> done" in view


def test_printed_lines_go_under_the_print_that_made_them() -> None:
    source = 'for n in range(2):\n    print(\n        n,\n    )\nprint("end")\n'
    view = printed_view(source, [Print(2, "0"), Print(3, "1"), Print(5, "end")])
    assert view == (
        "for n in range(2):\n    print(\n        n,\n    )\n    #> 0\n    #> 1\n"
        'print("end")\n#> end\n'
    )


def test_old_output_lines_are_replaced_not_kept() -> None:
    source = 'print("a")\n#> stale\n'
    assert printed_view(source, [Print(1, "a")]) == 'print("a")\n#> a\n'
    assert printed_view(source, []) == 'print("a")\n'


def test_an_update_on_one_python_keeps_the_others() -> None:
    printed = printed_view(TAGGED, [Print(4, "PicklingError"), Print(7, "done")])
    assert merge_update(TAGGED, "3.14", printed) == TAGGED
    printed = printed_view(TAGGED, [Print(4, "TypeError"), Print(7, "done")])
    updated = merge_update(TAGGED, "3.15", printed)
    assert "#> [3.14] PicklingError" in updated
    assert "#> [3.15] TypeError" in updated
    assert "#> [3.12-3.13] AttributeError" in updated


def test_lines_that_agree_everywhere_lose_their_tags() -> None:
    source = TAGGED
    for version in PYTHONS:
        # Line numbers as a run of the file as it stands now would record them.
        lines = source.splitlines()
        last_print = lines.index('print("done")') + 1
        printed = printed_view(source, [Print(4, "Same"), Print(last_print, "done")])
        source = merge_update(source, version, printed)
    assert "#> [" not in source
    assert "    #> Same\n" in source


def test_a_figure_within_tolerance_is_not_rewritten() -> None:
    source = 'print("took 1.0 s")\n#> took 1.0 s\n'
    printed = printed_view(source, [Print(1, "took 1.1 s")])

    def close(a: str, b: str) -> bool:
        return a.replace("1.0", "1.1") == b

    assert merge_update(source, "3.14", printed, close) == source
    assert "1.1" in merge_update(source, "3.14", printed)
