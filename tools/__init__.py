"""The project's tools, one package: `python -m tools COMMAND` (`--help` lists them).

Each `make` target that runs a tool calls one command here. What lives where:

- `suite.py`: the whole suite's phases (`make test`); `pythons` and `debian-root`
  (shell): where each Python's environment comes from;
- `examples/`: how an example is run and checked, shared by the tests and the tools,
  and the chapters' manifests (`chapters.py`); `chapter.py`: all that belongs to one
  chapter (`make chapter`);
- `bench/`: the comparisons the site reports, their results and charts;
- `timelines.py`: the timeline figures, drawn from real runs;
- `playground.py`: which examples run in the browser's Python (the Run buttons);
- `freshness.py`: which generated files are out of date, and what remakes each;
- `site/`: what the site build runs (Markdown extensions, HTML rewrites, the
  verification page); its `__init__.py` says which file does what;
- `static_server.py`, `chromium.py`: the built site served as a static host serves
  it, and how Chromium is started, for the recorder, the audits and the tests.

`tests/` imports from here, never the reverse. The package is importable when
Python runs from the repository root (`python -m` puts the working directory on
`sys.path`; pytest's `pythonpath` does the same for the tests), so no install step.
"""
