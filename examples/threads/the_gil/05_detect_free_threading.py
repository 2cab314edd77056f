import sys
import sysconfig

# Was this interpreter built without the GIL (python3.13t, python3.14t)?
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
print(f"free-threaded build: {free_threaded_build}")
#> free-threaded build: False

# Is the GIL on right now? A free-threaded build can still turn it on.
is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # new in Python 3.13
gil_enabled = is_gil_enabled() if is_gil_enabled else True  # before 3.13: always
print(f"GIL enabled: {gil_enabled}")
#> GIL enabled: True

tool = "processes" if gil_enabled else "threads or processes"
print(f"to run pure-Python computation in parallel here, use: {tool}")
#> to run pure-Python computation in parallel here, use: processes
