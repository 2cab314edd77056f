"""Timelines: who ran when, recorded from a real run of unmodified code.

A timeline is a list of `Span`s, each saying that one *lane* (a thread, an asyncio
task or a process) was in one *state* from `start` to `end` seconds:

- ``running``: executing on a CPU core;
- ``ready``: wanting a core but not getting it (waiting for the GIL, or for the
  operating system to give it a core);
- ``waiting``: inside a call that sleeps or waits for I/O (`time.sleep`, a
  socket, `select`, a pipe); for an asyncio task, suspended at an ``await``;
- ``blocked``: waiting for another thread or process (a lock, a semaphore,
  ``join()``, a queue).

`record` records the code run inside it; `record_script` runs a whole script, in
a fresh interpreter and in every process it starts. Neither needs the code to
change. The recorder uses `sys.monitoring` (Python 3.12+):

- a ``CALL`` event before each call, and ``C_RETURN``/``C_RAISE`` after each call
  of a built-in function, give the exact start and end of every call that sleeps,
  waits for I/O or blocks;
- a sampler thread reads each thread's own CPU clock (`time.pthread_getcpuclockid`)
  every 2 ms, and whether the operating system counts it as runnable: between two
  samples, a thread outside those calls is *running* for as long as its CPU time
  grew, and for the rest *ready* if it is runnable (no core for it) or another
  thread of its process was active (no GIL for it), and *blocked* if not (it
  waits in a call the recorder cannot see, like ``with lock:``). The sampler
  needs the GIL too, so threads that compute may keep it from reading the clocks
  for a long time; each thread also reads its own clock when it makes a call.
  Where the samples cannot say who ran when, threads are drawn running one after
  the other as far as the time allows, and at once only when it does not;
- ``PY_START``/``PY_RESUME`` and ``PY_YIELD``/``PY_RETURN`` events of coroutines
  give the steps of each asyncio task: from the moment the event loop resumes it
  to the ``await`` where it gives control back.

Every process records its own spans on `time.perf_counter`, which on Linux is the
system-wide monotonic clock, so spans of different processes line up.

`overlap.timeline_svg` draws a timeline as an accessible SVG.
"""

from __future__ import annotations

import _thread
import atexit
import bisect
import contextlib
import itertools
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import BuiltinFunctionType, CodeType, MethodDescriptorType, ModuleType

STATES = ("running", "ready", "waiting", "blocked")
"""The states a lane can be in, in the order a legend lists them."""

SAMPLE_INTERVAL = 0.002
"""Seconds between two readings of the threads' CPU clocks."""

BUSY_SHARE = 0.9
"""Between two samples, a thread that ran this share of the time ran all of it."""

IDLE_SHARE = 0.1
"""Between two samples, a thread that ran this share of the time or less did not."""

MIN_WAIT = 50e-6
"""Calls that return sooner than this (an uncontended lock) did not really wait."""

TIMELINE_DIR_ENV = "OVERLAP_TIMELINE_DIR"
"""Set in the environment of `record_script`'s run: where each process writes."""

_HOOK_DIR = Path(__file__).resolve().parent / "_timeline_hook"
_BAD_LANE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Span:
    """One lane in one state from `start` to `end` (seconds, any common origin).

    Raises:
        ValueError: if the lane name is empty or holds control characters, the
            state is not one of `STATES`, a time is not a finite number, or the
            span ends before it starts.
    """

    lane: str
    state: str
    start: float
    end: float

    def __post_init__(self) -> None:
        if not isinstance(self.lane, str) or not self.lane.strip():
            raise ValueError(f"a lane needs a name, got {self.lane!r}")
        if _BAD_LANE.search(self.lane):
            raise ValueError(f"lane name {self.lane!r} holds a control character")
        if self.state not in STATES:
            raise ValueError(
                f"unknown state {self.state!r} for lane {self.lane!r}:"
                f" expected one of {', '.join(STATES)}"
            )
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} of lane {self.lane!r} is not a number")
            if not math.isfinite(value):
                raise ValueError(f"{name} of lane {self.lane!r} is {value}")
        if self.end < self.start:
            raise ValueError(
                f"span of lane {self.lane!r} ends at {self.end} s,"
                f" before it starts at {self.start} s"
            )

    @property
    def duration(self) -> float:
        """`end - start`, in seconds."""
        return self.end - self.start


@dataclass(frozen=True)
class Timeline:
    """Spans of one run, ordered by lane (first to start first) and time.

    Raises:
        ValueError: if there are no spans, or two spans of one lane overlap.
    """

    spans: tuple[Span, ...]
    lanes: tuple[str, ...] = field(init=False)

    def __init__(self, spans: Iterable[Span]) -> None:
        spans = list(spans)
        if not spans:
            raise ValueError("a timeline needs at least one span")
        firsts: dict[str, float] = {}
        for span in spans:
            if not isinstance(span, Span):
                raise ValueError(f"expected a Span, got {span!r}")
            firsts[span.lane] = min(firsts.get(span.lane, span.start), span.start)
        lanes = tuple(sorted(firsts, key=lambda lane: (firsts[lane], lane)))
        order = {lane: index for index, lane in enumerate(lanes)}
        ordered = sorted(spans, key=lambda span: (order[span.lane], span.start))
        for before, after in itertools.pairwise(ordered):
            if before.lane == after.lane and after.start < before.end - 1e-9:
                raise ValueError(
                    f"spans of lane {before.lane!r} overlap: {before.state}"
                    f" {before.start}-{before.end} s and {after.state}"
                    f" {after.start}-{after.end} s"
                )
        object.__setattr__(self, "spans", tuple(ordered))
        object.__setattr__(self, "lanes", lanes)

    @property
    def start(self) -> float:
        """When the first span starts."""
        return min(span.start for span in self.spans)

    @property
    def end(self) -> float:
        """When the last span ends."""
        return max(span.end for span in self.spans)

    @property
    def duration(self) -> float:
        """Seconds from the first start to the last end."""
        return self.end - self.start

    def total(self, state: str, lane: str | None = None) -> float:
        """Seconds spent in `state`, by one lane or added up over all lanes."""
        if state not in STATES:
            raise ValueError(f"unknown state {state!r}: expected one of {STATES}")
        if lane is not None and lane not in self.lanes:
            raise ValueError(f"no lane {lane!r}; lanes: {', '.join(self.lanes)}")
        return sum(
            span.duration
            for span in self.spans
            if span.state == state and lane in (None, span.lane)
        )

    def select(self, pattern: str) -> Timeline:
        """The lanes whose whole name matches the regular expression `pattern`."""
        kept = [span for span in self.spans if re.fullmatch(pattern, span.lane)]
        if not kept:
            raise ValueError(
                f"no lane matches {pattern!r}; lanes: {', '.join(self.lanes)}"
            )
        return Timeline(kept)

    def crop(self, start: float, end: float) -> Timeline:
        """The part of each span between `start` and `end`."""
        if end <= start:
            raise ValueError(f"crop window ends at {end} s, not after {start} s")
        kept = [
            Span(span.lane, span.state, max(span.start, start), min(span.end, end))
            for span in self.spans
            if span.end > start and span.start < end
        ]
        if not kept:
            raise ValueError(f"no span between {start} s and {end} s")
        return Timeline(kept)

    def to_json(self) -> str:
        """The spans as JSON: a list of ``[lane, state, start, end]``."""
        rows = [[s.lane, s.state, s.start, s.end] for s in self.spans]
        return json.dumps(rows, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        """The timeline `to_json` wrote."""
        return cls(Span(*row) for row in json.loads(text))


@contextlib.contextmanager
def record() -> Iterator[Recorder]:
    """Record every thread and asyncio task of this process while the block runs.

    ```python
    import threading
    import time

    from overlap import timeline

    with timeline.record() as recording:
        waiter = threading.Thread(target=time.sleep, args=(0.2,), name="waiter")
        waiter.start()
        waiter.join()
    run = recording.timeline().select("waiter|MainThread")
    print(run.lanes)
    #> ('MainThread', 'waiter')
    print(f"waiter: waiting {run.total('waiting', 'waiter'):.1f} s")
    #> waiter: waiting 0.2 s
    print(f"MainThread: blocked {run.total('blocked', 'MainThread'):.1f} s")
    #> MainThread: blocked 0.2 s
    ```
    """
    recorder = Recorder()
    recorder.start()
    try:
        yield recorder
    finally:
        recorder.stop()


def record_script(
    script: str | Path, *, cwd: str | Path | None = None, timeout: float = 120
) -> Timeline:
    """Run ``python script`` and return the timeline of all its processes.

    The script runs unchanged, in a fresh interpreter, with a ``sitecustomize``
    hook that starts a `Recorder` in it and in every process it starts (fork,
    spawn or forkserver). Lanes are named after threads and tasks; lanes of
    other processes are named after their process (`ForkProcess-1`), followed
    by the thread's name if it is not the process's main thread.

    Raises:
        RuntimeError: if the script fails; the message holds its stderr.
    """
    with tempfile.TemporaryDirectory(prefix="overlap-timeline-") as directory:
        env = {
            **os.environ,
            TIMELINE_DIR_ENV: directory,
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(_HOOK_DIR), os.environ.get("PYTHONPATH")])
            ),
        }
        completed = subprocess.run(
            [sys.executable, str(script)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(
                f"{script} exited with {completed.returncode}:\n{completed.stderr}"
            )
        records = [
            json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(Path(directory).glob("*.json"))
        ]
    main = next((r for r in records if r["pid"] == _root_pid(records)), None)
    spans = []
    for process in records:
        for lane in process["lanes"]:
            name = lane["name"]
            if process is not main:
                prefix = process["process"]
                name = prefix if lane["main"] else f"{prefix} {name}"
            spans.extend(Span(name, *span) for span in lane["spans"])
    return Timeline(spans)


def _root_pid(records: list[dict]) -> int | None:
    """The pid of the process the others descend from (the script's own)."""
    pids = {record["pid"] for record in records}
    roots = [r["pid"] for r in records if r["parent"] not in pids]
    return min(roots) if roots else None


# --- the recorder -----------------------------------------------------------------

_CO_COROUTINE = 0x80
_SAMPLER_NAME = "overlap-timeline-sampler"


def _blocking_calls() -> dict[str, tuple[str, tuple[object, ...]]]:
    """Built-in callables that wait, by name: (state, owners: modules or types)."""
    import select
    import socket

    waits: dict[str, list[object]] = {
        "sleep": [time],
        "select": [select],
        "poll": [],
        "read": [os.read.__self__],  # the posix module
        "waitpid": [os.read.__self__],
        "wait": [os.read.__self__],
    }
    for kind in ("poll", "epoll", "devpoll", "kqueue"):
        if hasattr(select, kind):
            waits["poll"].append(getattr(select, kind))
    for method in ("recv", "recv_into", "recvfrom", "accept", "_accept", "connect"):
        waits.setdefault(method, []).append(socket.socket)
    for method in ("sendall", "send"):
        waits.setdefault(method, []).append(socket.socket)
    blocks: dict[str, list[object]] = {
        "acquire": [_thread.LockType, _thread.RLock],
        "join": [],
        "get": [],
    }
    if hasattr(_thread, "_ThreadHandle"):  # Python 3.13+
        blocks["join"].append(_thread._ThreadHandle)
    import queue

    blocks["get"].append(queue.SimpleQueue)
    with contextlib.suppress(ImportError):
        import _multiprocessing

        blocks["acquire"].append(_multiprocessing.SemLock)
    table = {name: ("waiting", tuple(owners)) for name, owners in waits.items()}
    table.update({name: ("blocked", tuple(owners)) for name, owners in blocks.items()})
    return table


class _ThreadLog:
    """What one thread did: its calls that wait, and its CPU clock over time."""

    __slots__ = (
        "clock",
        "first",
        "ident",
        "last",
        "name",
        "sampled",
        "samples",
        "stat",
        "waits",
    )

    def __init__(self, now: float) -> None:
        self.ident = _thread.get_ident()
        self.name: str | None = None
        self.first = self.last = now
        self.clock: int | None = None
        with contextlib.suppress(OSError, AttributeError):
            self.clock = time.pthread_getcpuclockid(self.ident)
        self.stat = f"/proc/self/task/{_thread.get_native_id()}/stat"
        self.waits: list[list] = []  # [state, start, end or None]
        # (time, CPU time, whether the OS counts it as runnable or None)
        self.samples: list[tuple[float, float, bool | None]] = []
        self.sampled = now
        self.sample()

    def sample(self) -> None:
        """From any thread: this thread's CPU time, and whether it is runnable."""
        if self.clock is None:
            return
        # The time is read with the clock, not once for all threads: reading a
        # file lets the GIL go, and the sampler may get it back much later.
        now = self.sampled = time.perf_counter()
        try:
            cpu = time.clock_gettime(self.clock)
        except OSError:  # the thread has ended
            self.clock = None
            return
        runnable = None
        with contextlib.suppress(OSError), open(self.stat, "rb") as stat:
            text = stat.read()
            runnable = text[text.rindex(b")") + 2 : text.rindex(b")") + 3] == b"R"
        self.samples.append((now, cpu, runnable))

    def sample_own_clock(self, now: float, interval: float) -> None:
        """From the thread itself: its CPU time, if the last sample is `interval` old.

        The sampler thread needs the GIL to read the clocks, and threads that
        compute may keep it from them for a long time; a thread that makes calls
        reads its own clock too, and so a thread that ends leaves its CPU time.
        """
        if self.clock is None or now - self.sampled < interval:
            return
        self.sampled = now
        try:
            cpu = time.clock_gettime(self.clock)
        except OSError:  # a forked child, still with its parent's log
            return
        self.samples.append((now, cpu, True))


class _TaskLog:
    __slots__ = ("code", "name", "since", "steps")

    def __init__(self, name: str, code: CodeType | None) -> None:
        self.name = name
        self.code = code
        self.since: float | None = None
        self.steps: list[tuple[float, float]] = []


class Recorder:
    """Records the threads and asyncio tasks of this process (see `record`)."""

    def __init__(self, sample_interval: float = SAMPLE_INTERVAL) -> None:
        self.sample_interval = sample_interval
        self._local = _thread._local()
        self._threads: list[_ThreadLog] = []
        self._tasks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._task_logs: list[_TaskLog] = []
        self._blocking = _blocking_calls()
        self._tool: int | None = None
        self._stopping = threading.Event()
        self._sampler: threading.Thread | None = None
        self._stopped_at: float | None = None

    # Starting and stopping.

    def start(self) -> None:
        """Start recording: events on, sampler thread started."""
        monitoring = sys.monitoring
        for tool in (3, 4, 0, 1, 2):
            if monitoring.get_tool(tool) is None:
                self._tool = tool
                break
        else:
            raise RuntimeError("no free sys.monitoring tool id")
        monitoring.use_tool_id(self._tool, "overlap.timeline")
        events = monitoring.events
        callbacks = {
            events.CALL: self._on_call,
            events.C_RETURN: self._on_c_return,
            events.C_RAISE: self._on_c_return,
            events.PY_START: self._on_resume,
            events.PY_RESUME: self._on_resume,
            events.PY_YIELD: self._on_yield,
            events.PY_RETURN: self._on_yield,
        }
        mask = 0
        for event, callback in callbacks.items():
            monitoring.register_callback(self._tool, event, callback)
            mask |= event
        monitoring.set_events(self._tool, mask)
        self._start_sampler()
        log = self._log(time.perf_counter())
        if log is not None:  # the recording starts now, not while it was set up
            log.first, log.waits = log.last, []

    def stop(self) -> None:
        """Stop recording (idempotent)."""
        if self._tool is None:
            return
        self._stopped_at = time.perf_counter()
        sys.monitoring.set_events(self._tool, 0)
        sys.monitoring.free_tool_id(self._tool)
        self._tool = None
        self._stopping.set()
        if self._sampler is not None and self._sampler.is_alive():
            self._sampler.join()
        for log in self._threads:
            log.sample()

    def _start_sampler(self) -> None:
        self._stopping = threading.Event()
        self._sampler = threading.Thread(
            target=self._sample, name=_SAMPLER_NAME, daemon=True
        )
        self._sampler.start()

    def _sample(self) -> None:
        # The sampler records nothing about itself.
        own = getattr(self._local, "log", None)
        self._local.log = None
        if own in self._threads:
            self._threads.remove(own)
        while not self._stopping.wait(self.sample_interval):
            for log in self._threads:
                if log.clock is not None:
                    log.sample()

    def after_fork_in_child(self) -> None:
        """Forget the parent's threads and tasks; record this process afresh."""
        self._threads = []
        self._tasks = weakref.WeakKeyDictionary()
        self._task_logs = []
        self._local.log = _ThreadLog(time.perf_counter())
        self._threads.append(self._local.log)
        self._start_sampler()

    # Event callbacks: they run in the thread that made the call.

    def _log(self, now: float) -> _ThreadLog | None:
        log = getattr(self._local, "log", False)
        if log is False:
            log = self._local.log = _ThreadLog(now)
            self._threads.append(log)
        if log is not None:
            log.last = now
            if log.name is None:
                thread = threading._active.get(log.ident)  # type: ignore[attr-defined]
                if thread is not None:
                    log.name = thread.name
        return log

    def _blocking_state(self, callable_: object, arg0: object) -> str | None:
        kind = type(callable_)
        if kind is BuiltinFunctionType:  # time.sleep, or a bound method
            owner = callable_.__self__  # type: ignore[attr-defined]
        elif kind is MethodDescriptorType:  # lock.acquire(): the lock is arg0
            owner = arg0
        else:
            return None
        entry = self._blocking.get(callable_.__name__)  # type: ignore[attr-defined]
        if entry is None:
            return None
        state, owners = entry
        if isinstance(owner, ModuleType):
            return state if owner in owners else None
        types = tuple(o for o in owners if isinstance(o, type))
        return state if isinstance(owner, types) else None

    def _on_call(
        self, code: CodeType, offset: int, callable_: object, arg0: object
    ) -> None:
        now = time.perf_counter()
        log = self._log(now)
        if log is None:
            return
        log.sample_own_clock(now, self.sample_interval)
        state = self._blocking_state(callable_, arg0)
        if state is not None:
            log.waits.append([state, now, None])

    def _on_c_return(
        self, code: CodeType, offset: int, callable_: object, arg0: object
    ) -> None:
        if self._blocking_state(callable_, arg0) is None:
            return
        now = time.perf_counter()
        log = self._log(now)
        if log is not None and log.waits and log.waits[-1][2] is None:
            if now - log.waits[-1][1] < MIN_WAIT:
                del log.waits[-1]
            else:
                log.waits[-1][2] = now

    def _current_task(self) -> object | None:
        asyncio = sys.modules.get("asyncio")
        if asyncio is None:
            return None
        try:
            return asyncio.current_task()
        except RuntimeError:  # no running event loop
            return None

    def _on_resume(self, code: CodeType, offset: int) -> object:
        if not code.co_flags & _CO_COROUTINE:
            return sys.monitoring.DISABLE
        task = self._current_task()
        if task is None:
            return None
        log = self._tasks.get(task)
        if log is None:
            coro = task.get_coro()  # type: ignore[attr-defined]
            log = _TaskLog(task.get_name(), getattr(coro, "cr_code", None))  # type: ignore[attr-defined]
            self._tasks[task] = log
            self._task_logs.append(log)
        if log.since is None:
            log.since = time.perf_counter()
        return None

    def _on_yield(self, code: CodeType, offset: int, value: object) -> object:
        if not code.co_flags & _CO_COROUTINE:
            return sys.monitoring.DISABLE
        task = self._current_task()
        log = self._tasks.get(task) if task is not None else None
        if log is not None and log.since is not None and code is log.code:
            log.steps.append((log.since, time.perf_counter()))
            log.since = None
        return None

    # Results.

    def lanes(self) -> list[dict]:
        """Each thread's and task's spans, as plain data (see `record_script`)."""
        end = self._stopped_at if self._stopped_at is not None else time.perf_counter()
        main = threading.main_thread().ident
        # When each thread of this process ran or was runnable: a thread that
        # sleeps in no call we see, while another one runs, waits for the GIL.
        active: dict[int, _Stretches] = {}
        for log in self._threads:
            active[log.ident] = stretches = _Stretches()
            samples = sorted(log.samples)
            for (t0, cpu0, _), (t1, cpu1, runnable) in itertools.pairwise(samples):
                if runnable or cpu1 - cpu0 > IDLE_SHARE * (t1 - t0):
                    stretches.add([(t0, t1)])
        busy = _Stretches()
        lanes = []
        for log in self._threads:
            if log.name in (None, _SAMPLER_NAME):
                continue
            last = end if log.ident == main else log.last
            spans = _thread_spans(log, last, active, busy)
            if spans:
                lanes.append(
                    {"name": log.name, "main": log.ident == main, "spans": spans}
                )
        for task in self._task_logs:
            steps = list(task.steps)
            if task.since is not None:
                steps.append((task.since, end))
            if not steps:
                continue
            spans = []
            for (start, stop), following in zip(steps, [*steps[1:], None], strict=True):
                spans.append(["running", start, stop])
                if following is not None and following[0] > stop:
                    spans.append(["waiting", stop, following[0]])
            lanes.append({"name": task.name, "main": False, "spans": spans})
        return lanes

    def timeline(self) -> Timeline:
        """The spans recorded so far, as a `Timeline`."""
        return Timeline(
            Span(lane["name"], *span) for lane in self.lanes() for span in lane["spans"]
        )


def _thread_spans(
    log: _ThreadLog,
    end: float,
    active: dict[int, _Stretches],
    busy: _Stretches,
) -> list[list]:
    """Waiting/blocked spans from the calls; the rest from the samples.

    Between two samples, outside the calls that wait, a thread is *running* for
    as long as its CPU time grew (all of the time from `BUSY_SHARE` of it on,
    none of it up to `IDLE_SHARE`). For the rest it is *ready* if the operating
    system counts it as runnable (it waits for a core), or if another thread of
    the process was active (it waits for the GIL); if neither, it is *blocked* in
    a call the recorder does not see (such as ``with lock:``).

    `busy` holds the stretches where earlier threads are drawn running: this
    thread's running goes where they are not, as far as it fits, so threads that
    took turns are drawn taking turns, and threads that ran at once (without the
    GIL, or in C code that let it go) are drawn running at once.
    """
    end = max(end, log.first)
    waits = [
        (state, start, min(stop if stop is not None else end, end))
        for state, start, stop in log.waits
        if start < end
    ]
    spans: list[list] = []
    samples = sorted(sample for sample in log.samples if sample[0] <= end)
    if not samples or samples[-1][0] < end:
        # After the last sample nothing is known: call it running.
        last_cpu = samples[-1][1] if samples else 0.0
        last = samples[-1][0] if samples else log.first
        samples.append((end, last_cpu + (end - last), None))
    if samples[0][0] > log.first:
        first_cpu = samples[0][1] - (samples[0][0] - log.first)
        samples.insert(0, (log.first, first_cpu, None))

    waited = [(start, stop) for _, start, stop in waits]
    for (t0, cpu0, _), (t1, cpu1, runnable) in itertools.pairwise(samples):
        free = _subtract([(max(t0, log.first), t1)], waited)
        free_time = _length(free)
        if free_time <= 0:
            continue
        running = min(max(cpu1 - cpu0, 0.0), free_time)
        if running >= BUSY_SHARE * free_time:
            running = free_time
        elif running <= IDLE_SHARE * free_time:
            running = 0.0
        others = any(
            stretches.overlap(t0, t1)
            for ident, stretches in active.items()
            if ident != log.ident
        )
        idle = "ready" if runnable is not False or others else "blocked"
        alone = busy.outside(free)
        shared = _subtract(free, alone)
        ran = [*_first(alone, running), *_first(shared, running - _length(alone))]
        busy.add(ran)
        spans.extend(["running", a, b] for a, b in ran)
        spans.extend([idle, a, b] for a, b in _subtract(free, sorted(ran)))
    spans.extend([state, start, stop] for state, start, stop in waits if stop > start)
    spans.sort(key=lambda span: span[1])
    merged: list[list] = []
    for span in spans:
        if merged and merged[-1][0] == span[0] and span[1] - merged[-1][2] < 1e-9:
            merged[-1][2] = span[2]
        else:
            merged.append(list(span))
    return merged


# Stretches of time: sorted lists of disjoint (start, end) pairs.

_Parts = list[tuple[float, float]]


def _length(parts: _Parts) -> float:
    return sum(b - a for a, b in parts)


def _first(parts: _Parts, seconds: float) -> _Parts:
    """The first `seconds` of `parts`."""
    taken = []
    for a, b in parts:
        if seconds <= 1e-12:
            break
        taken.append((a, min(b, a + seconds)))
        seconds -= taken[-1][1] - a
    return taken


def _subtract(parts: _Parts, holes: _Parts) -> _Parts:
    """`parts` without `holes`."""
    left = []
    for a, b in parts:
        for hole_start, hole_end in holes:
            if hole_end <= a or hole_start >= b:
                continue
            if hole_start > a:
                left.append((a, hole_start))
            a = max(a, hole_end)
        if b > a:
            left.append((a, b))
    return left


class _Stretches:
    """Stretches of time, merged as they are added."""

    def __init__(self) -> None:
        self.parts: _Parts = []

    def outside(self, parts: _Parts) -> _Parts:
        """`parts` without the stretches."""
        if not parts:
            return []
        low = bisect.bisect_left(self.parts, (parts[0][0], -math.inf))
        high = bisect.bisect_right(self.parts, (parts[-1][1], math.inf))
        return _subtract(parts, self.parts[max(0, low - 1) : high])

    def overlap(self, start: float, stop: float) -> bool:
        """Whether some stretch overlaps [start, stop]."""
        return self.outside([(start, stop)]) != [(start, stop)]

    def add(self, parts: _Parts) -> None:
        for a, b in parts:
            at = bisect.bisect_left(self.parts, (a, b))
            if at and self.parts[at - 1][1] >= a:  # merge with the one before
                at -= 1
                a = self.parts[at][0]
                b = max(b, self.parts[at][1])
                del self.parts[at]
            while at < len(self.parts) and self.parts[at][0] <= b:  # and after
                b = max(b, self.parts[at][1])
                del self.parts[at]
            self.parts.insert(at, (a, b))


# --- the hook that record_script installs in every process ------------------------

_recorder: Recorder | None = None
_written = False
# multiprocessing's own helper processes (the forkserver since Python 3.14's default
# on Linux, the resource tracker) run a `-c` command. They are not the script's
# processes and are not drawn; the workers the forkserver forks are.
_HELPERS = ("multiprocessing.forkserver", "multiprocessing.resource_tracker")
_is_helper = any(helper in arg for arg in sys.orig_argv for helper in _HELPERS)


def _start_from_environment() -> None:
    """Start recording this process if `TIMELINE_DIR_ENV` is set (sitecustomize)."""
    global _recorder
    directory = os.environ.get(TIMELINE_DIR_ENV)
    if not directory or _recorder is not None:
        return
    _recorder = Recorder()
    _recorder.start()
    atexit.register(_write, directory)
    os.register_at_fork(after_in_child=lambda: _after_fork(directory))


def _after_fork(directory: str) -> None:
    global _written, _is_helper
    _written = False
    _is_helper = False
    assert _recorder is not None
    _recorder.after_fork_in_child()
    # A forked multiprocessing worker ends with os._exit(), which skips atexit;
    # its finalizers still run, once the child has cleared the parent's.
    util = sys.modules.get("multiprocessing.util")
    if util is not None:
        util.register_after_fork(
            _recorder,
            lambda _: util.Finalize(None, _write, args=(directory,), exitpriority=-100),
        )


def _write(directory: str) -> None:
    global _written
    if _written or _recorder is None or _is_helper:
        return
    _written = True
    _recorder.stop()
    multiprocessing = sys.modules.get("multiprocessing")
    process = (
        multiprocessing.current_process().name if multiprocessing else "MainProcess"
    )
    record = {
        "pid": os.getpid(),
        "parent": os.getppid(),
        "process": process,
        "lanes": _recorder.lanes(),
    }
    path = Path(directory) / f"{os.getpid()}.json"
    path.write_text(json.dumps(record), encoding="utf-8")
