"""Run a reader's example inside Pyodide, as `python example.py` runs it.

Loaded by the playground's worker. Each run gets a fresh `__main__` module, and
every `print` the example makes is recorded with its line, so that the tests can
place the output under the example's `#>` lines exactly as for a local run.
"""

import asyncio
import builtins
import gc
import sys
import traceback
import types

FILENAME = "example.py"


def printed_text(arg: object) -> str:
    """How the tests write an argument of `print` (sets sorted, as pytest-examples)."""
    if isinstance(arg, set):
        return ", ".join(sorted(map(repr, arg))).join("{}")
    return str(arg)


def run(source: str) -> dict:
    """Run `source` as `__main__`; return its prints and the traceback, if any."""
    prints: list[dict] = []
    real_print = builtins.print

    def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        real_print(*args, sep=sep, end=end, file=file, flush=flush)
        if file not in (None, sys.stdout):
            return
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != FILENAME:
            frame = frame.f_back
        if frame is not None:
            texts = [printed_text(arg) for arg in args]
            prints.append({"line": frame.f_lineno, "sep": sep, "args": texts})

    # Every run shares Pyodide's one event loop: what an example sets on it (a task
    # factory, debug mode) is put back afterwards, or it would change the next run.
    loop = asyncio.get_event_loop()
    task_factory, debug = loop.get_task_factory(), loop.get_debug()
    main = types.ModuleType("__main__")
    main.__file__ = FILENAME
    previous_main = sys.modules["__main__"]
    sys.modules["__main__"] = main
    builtins.print = recording_print
    error = None
    try:
        exec(compile(source, FILENAME, "exec"), main.__dict__)
    except SystemExit as exit_:
        if exit_.code not in (None, 0):
            error = f"SystemExit: {exit_.code}"
    except BaseException as exception:
        # The traceback from the example's own frames on, without this runner's.
        traceback_ = exception.__traceback__
        exception.__traceback__ = traceback_.tb_next if traceback_ else None
        error = "".join(traceback.format_exception(exception))
    finally:
        # What the example left unreferenced goes now, as at the end of a process,
        # not in the middle of the next run (a coroutine never awaited warns then).
        gc.collect()
        loop.set_task_factory(task_factory)
        loop.set_debug(debug)
        builtins.print = real_print
        sys.modules["__main__"] = previous_main
        sys.stdout.flush()
    return {"prints": prints, "error": error}
