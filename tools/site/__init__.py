"""What the site build runs: Python-Markdown extensions that MkDocs and Zensical
both read from `mkdocs.yml`'s `markdown_extensions` (the benchmark figures,
`bench_figures.py`; the Run buttons, `run_buttons.py`, with Pyodide's files in
`pyodide_runtime.py`; the glossary at first use, `glossary_first_use.py`; the
verification page's figures, `verification.py`; the page being rendered under
either generator, `page.py`); the rewrites of the built HTML
(`html_rewrites.py`, a MkDocs hook, measured by `measure_rewrites.py`); the
Zensical build with those rewrites and the playground, `zensical_build.py`; and the
search separator's stop words (`search_stop_words.txt`, made into `mkdocs.yml`'s
regex by `search_separator.py`)."""
