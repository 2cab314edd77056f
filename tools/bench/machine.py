"""Where a run happened: machine, Python and date, recorded with every result."""

import datetime
import multiprocessing
import os
import platform
import sys
import sysconfig
from typing import Any


def cpu_model() -> str:
    """The CPU's model name, from /proc/cpuinfo on Linux, else `platform`."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cores_available() -> int:
    """The cores this process may run on (its affinity), not the machine's total."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def machine() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "cpu_model": cpu_model(),
        "cores_available": cores_available(),
        "cpu_count": os.cpu_count(),
    }


def python() -> dict[str, Any]:
    build_number, build_date = platform.python_build()
    return {
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "build": f"{build_number}, {build_date}",
        "compiler": platform.python_compiler(),
        "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gil_enabled": getattr(sys, "_is_gil_enabled", lambda: True)(),
        "start_method": multiprocessing.get_start_method(),
    }


def utc_now() -> str:
    """The date and time now, UTC, ISO 8601, to the second."""
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    return now.isoformat().replace("+00:00", "Z")
