"""The timeline recorder and its SVG: validation, recording real runs, drawing."""

import re
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from overlap import timeline, timeline_svg
from overlap.timeline import Span, Timeline

pytestmark = pytest.mark.timeout(60)
SVG = "{http://www.w3.org/2000/svg}"


# --- validation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("", "running", 0, 1), "a lane needs a name, got ''"),
        (("  ", "running", 0, 1), "a lane needs a name"),
        (("a\nb", "running", 0, 1), "holds a control character"),
        (("worker", "sleeping", 0, 1), "unknown state 'sleeping' for lane 'worker'"),
        (("worker", "running", 2, 1), "ends at 1 s, before it starts at 2 s"),
        (("worker", "running", float("nan"), 1), "start of lane 'worker' is nan"),
        (("worker", "running", 0, "1"), "end of lane 'worker' is not a number"),
    ],
)
def test_a_bad_span_is_refused_with_a_precise_message(args, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Span(*args)


def test_an_empty_timeline_is_refused() -> None:
    with pytest.raises(ValueError, match="a timeline needs at least one span"):
        Timeline([])


def test_overlapping_spans_of_one_lane_are_refused() -> None:
    with pytest.raises(ValueError, match="spans of lane 'a' overlap"):
        Timeline([Span("a", "running", 0, 2), Span("a", "waiting", 1, 3)])


def test_select_and_crop_name_what_is_missing() -> None:
    run = Timeline([Span("a", "running", 0, 2)])
    with pytest.raises(ValueError, match=r"no lane matches 'b'; lanes: a"):
        run.select("b")
    with pytest.raises(ValueError, match="no span between 3 s and 4 s"):
        run.crop(3, 4)
    with pytest.raises(ValueError, match="no lane 'b'"):
        run.total("running", "b")


def test_lanes_are_ordered_by_first_start_and_totals_add_up() -> None:
    run = Timeline(
        [
            Span("late", "waiting", 1, 3),
            Span("early", "running", 0, 1),
            Span("early", "blocked", 1, 1.5),
        ]
    )
    assert run.lanes == ("early", "late")
    assert run.duration == 3
    assert run.total("waiting") == 2
    assert run.total("running", "early") == 1
    assert run.crop(0.5, 2).total("blocked") == 0.5
    assert Timeline.from_json(run.to_json()) == run


# --- the SVG ---------------------------------------------------------------------


def draw(run: Timeline) -> ET.Element:
    text = timeline_svg.render(
        run,
        title="Two workers",
        description="Worker b runs twice as long.",
        figure_id="tl-test",
        attributes={"data-example": "examples/x.py"},
    )
    return ET.fromstring(text)


def widths(lane: ET.Element, state: str) -> list[float]:
    path = lane.find(f"{SVG}path[@class='{state}']")
    assert path is not None, f"no {state} path in lane {lane.get('data-lane')}"
    return [float(w) for w in re.findall(r"h(-?[\d.]+)v", path.get("d", ""))]


def test_svg_names_itself_for_assistive_technology() -> None:
    root = draw(Timeline([Span("a", "running", 0, 1), Span("b", "waiting", 0, 2)]))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "tl-test-title tl-test-desc"
    assert root.find(f"{SVG}title").text == "Two workers"
    desc = root.find(f"{SVG}desc")
    assert desc.get("id") == "tl-test-desc"
    assert desc.text == (
        "Worker b runs twice as long. The run shown lasts 2.00 s."
        " a: running 1.00 s; b: waiting 2.00 s."
    )
    assert root.get("data-example") == "examples/x.py"


def test_one_lane_per_thread_with_durations_to_scale() -> None:
    run = Timeline(
        [
            Span("a", "running", 0, 1),
            Span("b", "running", 0, 2),
            Span("c", "waiting", 0.5, 1.5),
            Span("c", "blocked", 1.5, 2),
        ]
    )
    root = draw(run)
    lanes = root.findall(f".//{SVG}g[@class='lane']")
    assert [lane.get("data-lane") for lane in lanes] == ["a", "b", "c"]
    (a,), (b,) = widths(lanes[0], "running"), widths(lanes[1], "running")
    assert b == pytest.approx(2 * a, abs=1)
    (waiting,) = widths(lanes[2], "waiting")  # an outline: 1 px narrower
    assert waiting + 1 == pytest.approx(a, abs=1)
    assert lanes[2].find(f"{SVG}path[@class='blocked']") is not None


def test_states_differ_by_shape_and_the_legend_lists_only_those_drawn() -> None:
    root = draw(Timeline([Span("a", "ready", 0, 1), Span("a", "waiting", 1, 2)]))
    legend = [t.text for t in root.findall(f"{SVG}g[@class='legend']/{SVG}text")]
    assert legend == ["ready (wants a CPU)", "waiting (sleep, I/O, await)"]
    ready = root.find(f".//{SVG}g[@class='lane']/{SVG}path[@class='ready']")
    assert ready.get("fill") == "url(#tl-test-hatch)"  # hatched, not just a colour
    assert root.find(f".//{SVG}pattern[@id='tl-test-hatch']") is not None


def test_axis_is_labelled_in_seconds() -> None:
    root = draw(Timeline([Span("a", "running", 0, 2)]))
    labels = [t.text for t in root.findall(f"{SVG}g[@class='axis']/{SVG}text")]
    assert labels == [f"{tenths / 10:g} s" for tenths in range(0, 21, 2)]


def test_render_refuses_a_bad_id_or_an_empty_title() -> None:
    run = Timeline([Span("a", "running", 0, 1)])
    with pytest.raises(ValueError, match="figure_id '1x'"):
        timeline_svg.render(run, title="t", description="d", figure_id="1x")
    with pytest.raises(ValueError, match="a figure needs a title"):
        timeline_svg.render(run, title=" ", description="d", figure_id="x")


def test_a_thousand_spans_still_make_a_small_file() -> None:
    # Bars are drawn per pixel column, so the size is bounded by the width.
    spans = [
        Span("a", "running" if n % 2 else "ready", n / 1000, (n + 1) / 1000)
        for n in range(1000)
    ]
    text = timeline_svg.render(
        Timeline(spans), title="t", description="d", figure_id="x"
    )
    assert len(text) < 12_000


# --- recording real runs ---------------------------------------------------------


def test_record_sees_a_thread_wait_and_the_main_thread_block() -> None:
    import threading
    import time

    def timed(call: Callable[[], object]) -> float:
        start = time.perf_counter()
        call()
        return time.perf_counter() - start

    # On a busy machine the sleep and the join may last well over 0.2 s: the
    # recording must agree with how long they did last.
    slept = []
    with timeline.record() as recording:
        worker = threading.Thread(
            target=lambda: slept.append(timed(lambda: time.sleep(0.2))), name="worker"
        )
        worker.start()
        joined = timed(worker.join)
    run = recording.timeline().select("worker|MainThread")
    assert run.lanes == ("MainThread", "worker")
    assert run.total("waiting", "worker") == pytest.approx(slept[0], abs=0.02)
    assert run.total("blocked", "MainThread") == pytest.approx(joined, abs=0.02)


@pytest.mark.skipif(
    not getattr(sys, "_is_gil_enabled", lambda: True)(), reason="no GIL here"
)
def test_record_sees_computing_threads_take_turns() -> None:
    import threading

    def add_up() -> None:
        total = 0
        for number in range(1_500_000):
            total += number

    with timeline.record() as recording:
        threads = [threading.Thread(target=add_up, name=f"adder-{n}") for n in (1, 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    run = recording.timeline().select("adder-.")
    first, second = (
        [s for s in run.spans if s.lane == lane and s.state == "running"]
        for lane in run.lanes
    )
    for lane in run.lanes:
        assert run.total("ready", lane) > 0, f"{lane} never waited for its turn"
    # Under the GIL they take turns: running at the same time only as long as
    # the sampling blurs the handovers, which is a lot on a loaded machine.
    both = sum(
        max(0.0, min(a.end, b.end) - max(a.start, b.start))
        for a in first
        for b in second
    )
    assert both < 0.9 * min(run.total("running", lane) for lane in run.lanes)


def test_record_sees_tasks_switch_at_await() -> None:
    import asyncio

    async def count() -> None:
        for _ in range(3):
            await asyncio.sleep(0)

    async def main() -> None:
        # Named, because default names number every task the process ever made.
        first = asyncio.create_task(count(), name="first")
        second = asyncio.create_task(count(), name="second")
        await asyncio.gather(first, second)

    with timeline.record() as recording:
        asyncio.run(main())
    run = recording.timeline().select("first|second")
    for lane in run.lanes:
        steps = [s for s in run.spans if s.lane == lane and s.state == "running"]
        assert len(steps) == 4, lane  # start, then one step after each await
    starts = sorted((s.start, s.lane) for s in run.spans if s.state == "running")
    assert [lane for _, lane in starts] == ["first", "second"] * 4  # alternating


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded")
def test_a_forked_child_with_its_parents_log_carries_on() -> None:
    # A forked child makes calls before the recorder learns of the fork, with the
    # log of its parent's thread: a clock of another process, which it cannot read.
    import os

    log = timeline._ThreadLog(0.0)
    child = os.fork()
    if child == 0:
        try:
            log.sample_own_clock(1.0, interval=0.002)
            os._exit(len(log.samples))  # 1: the sample taken in the parent
        except BaseException:
            os._exit(99)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 1


def test_record_script_records_every_process(tmp_path: Path) -> None:
    script = tmp_path / "pool.py"
    script.write_text(
        textwrap.dedent(
            """
            import time
            from concurrent.futures import ProcessPoolExecutor

            if __name__ == "__main__":
                with ProcessPoolExecutor(2) as pool:
                    list(pool.map(time.sleep, [0.2, 0.2]))
            """
        )
    )
    run = timeline.record_script(script, cwd=tmp_path)
    workers = [lane for lane in run.lanes if re.fullmatch(r"\w+Process-\d", lane)]
    assert len(workers) == 2, run.lanes
    for lane in workers:
        assert run.total("waiting", lane) >= 0.19


def test_record_script_reports_a_failing_script(tmp_path: Path) -> None:
    script = tmp_path / "fails.py"
    script.write_text("raise SystemExit('no such luck')\n")
    with pytest.raises(RuntimeError, match="exited with 1:\nno such luck"):
        timeline.record_script(script)


def test_runs_on_this_python() -> None:
    assert sys.version_info >= (3, 12)  # sys.monitoring
