"""What the site build runs: Python-Markdown extensions that MkDocs and Zensical
both read from `mkdocs.yml`'s `markdown_extensions`; the rewrites of the built HTML
(`html_rewrites.py`, a MkDocs hook, measured by `measure_rewrites.py`); and the
search separator's stop words (`search_stop_words.txt`, made into `mkdocs.yml`'s
regex by `search_separator.py`)."""
