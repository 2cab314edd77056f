"""`make bench`: every comparison the guide reports, measured on this machine.

Each comparison is one module (``io_sweep``, ``cpu_workers``, ...) with a
``run(profile)`` that measures and returns its results, and a ``chart(results)``
that draws them. The runner (``python -m bench``) saves the results as JSON in
``docs/benchmarks/results/`` and the charts as SVG in ``docs/benchmarks/charts/``;
the site's hook (``bench/mkdocs_hook.py``) quotes numbers from those files.
"""
