"""`make audit` visits every page a reader can reach: the sitemap lists them all."""

from pathlib import Path

from conftest import page_paths

from tools.audit.lighthouse import site_pages


def test_audit_covers_every_page_but_the_404(site_dir: Path) -> None:
    audited = site_pages(site_dir)
    assert len(audited) == len(set(audited)), audited
    assert set(audited) == set(page_paths()) - {"404.html"}
