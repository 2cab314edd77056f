"""Put on PYTHONPATH by `overlap.timeline.record_script`: record this process."""

from overlap.timeline import _start_from_environment

_start_from_environment()
