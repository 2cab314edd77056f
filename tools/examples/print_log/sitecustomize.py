"""The print recorder: loaded at start-up by every example the tests run.

Examples run as `python path/to/example.py`, exactly as a reader runs them, with
this folder on PYTHONPATH. Two jobs, both driven by environment variables:

* `OVERLAP_PRINT_LOG`: record each `print` made by the main process, with the line
  of the example that made it, so the `#>` lines can be placed under the right
  `print` (`output_lines.py` does that). The variable is removed at once, so worker
  processes do not log.
* `OVERLAP_START_METHOD`: run the example under `spawn` or `forkserver`, through
  `multiprocessing.set_start_method`.
"""

import atexit
import builtins
import json
import os
import sys

_log_path = os.environ.pop("OVERLAP_PRINT_LOG", None)
_start_method = os.environ.get("OVERLAP_START_METHOD")

if _start_method:
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=True) is None:
        multiprocessing.set_start_method(_start_method)

if _log_path:
    _main_pid = os.getpid()
    _records: list[dict] = []
    _real_print = builtins.print

    def _text(arg: object) -> str:
        # A set prints in hash order, which changes from run to run: show it sorted.
        if isinstance(arg, set | frozenset):
            return "{" + ", ".join(sorted(map(repr, arg))) + "}"
        return str(arg)

    def _recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        _real_print(*args, sep=sep, end=end, file=file, flush=flush)
        if os.getpid() != _main_pid or file not in (None, sys.stdout):
            return
        main_file = getattr(sys.modules.get("__main__"), "__file__", None)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != main_file:
            frame = frame.f_back
        if frame is not None:
            text = (sep if sep is not None else " ").join(map(_text, args))
            _records.append({"line": frame.f_lineno, "text": text})

    def _write_log():
        import multiprocessing

        method = multiprocessing.get_start_method(allow_none=True)
        with open(_log_path, "w", encoding="utf-8") as log:
            json.dump({"prints": _records, "start_method": method}, log)

    builtins.print = _recording_print
    atexit.register(_write_log)
