"""`make bench`: every comparison the guide reports, measured on this machine.

Each comparison is one module (``io_sweep``, ``cpu_workers``, ...) with its
``NAME`` and ``TITLE``, a ``run(profile)`` that measures and returns its results,
and a ``chart(results, results_sha256)`` that draws them as SVG and stamps the
drawing with the digest of the results file it came from (``tests/test_bench.py``
checks that every chart was drawn from the current results). The runner
(``python -m tools bench``) saves the results as JSON in
``docs/benchmarks/results/`` and the charts as SVG in ``docs/benchmarks/charts/``;
the site's Markdown extension (``tools/site/bench_figures.py``) quotes numbers from
those files.
"""
