"""`make audit`: what a reader's browser makes of the built site.

- `lighthouse.py`: Lighthouse (mobile) on every page: the four scores and the
  cumulative layout shift of each.
- `search.py`: how often a blind reader's search (`blind_searches.py`) finds its
  page in the top three.
- `__main__.py`: runs both on a built site served locally with gzip and writes
  `.results/audit.json`, which "How this guide is verified" shows
  (`tools/site/verification.py` documents the format).
"""
