"""Loaded at start-up by examples the tests run as subprocesses (via PYTHONPATH).

Two jobs, both driven by environment variables the test sets:

* `OVERLAP_PRINT_LOG`: record each `print` made by the main process, with the line
  of the example that made it, so the test can place the output under the right
  `#>` lines. The variable is removed at once, so worker processes do not log.
* `OVERLAP_START_METHOD`: make `spawn` or `forkserver` the default start method
  without *setting* it, so an example may still call `set_start_method` itself.
"""

import atexit
import builtins
import json
import os
import sys

_log_path = os.environ.pop("OVERLAP_PRINT_LOG", None)
_start_method = os.environ.get("OVERLAP_START_METHOD")

if _start_method:
    import multiprocessing.context

    multiprocessing.context._default_context._default_context = (
        multiprocessing.context._concrete_contexts[_start_method]
    )

if _log_path:
    _main_pid = os.getpid()
    _records: list[dict] = []
    _real_print = builtins.print

    def _logging_print(*args, sep=" ", end="\n", file=None, flush=False):
        _real_print(*args, sep=sep, end=end, file=file, flush=flush)
        if os.getpid() != _main_pid or file not in (None, sys.stdout):
            return
        main_file = getattr(sys.modules.get("__main__"), "__file__", None)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != main_file:
            frame = frame.f_back
        if frame is not None:
            texts = [
                ", ".join(sorted(map(repr, arg))).join("{}")
                if isinstance(arg, set)
                else str(arg)
                for arg in args
            ]
            _records.append({"line": frame.f_lineno, "sep": sep, "args": texts})

    def _write_log():
        import multiprocessing

        method = multiprocessing.get_start_method(allow_none=True)
        with open(_log_path, "w", encoding="utf-8") as log:
            json.dump({"prints": _records, "start_method": method}, log)

    builtins.print = _logging_print
    atexit.register(_write_log)
