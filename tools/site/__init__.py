"""What the site build runs: Python-Markdown extensions that MkDocs and Zensical
both read from `mkdocs.yml`'s `markdown_extensions`."""
