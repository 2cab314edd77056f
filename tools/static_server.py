"""Serve a built site on 127.0.0.1 the way a static host (GitHub Pages) serves it.

`index.html` for a directory, a redirect for a directory without its trailing slash,
`404.html` with status 404 for anything missing, and gzip for text when the browser
accepts it. Used by the browser tests and by `make audit`.
"""

import gzip
import http.server
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSED_TYPES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")
# GitHub Pages lets browsers keep every file for ten minutes.
CACHE_CONTROL = "max-age=600"


class StaticSiteHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: object, site: Path, **kwargs: object) -> None:
        self.site = site
        super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests record requests in the browser."""

    def send_head(self) -> io.BytesIO | None:  # type: ignore[override]
        url_path = unquote(urlsplit(self.path).path)
        target = (self.site / url_path.lstrip("/")).resolve()
        if not target.is_relative_to(self.site):
            target = self.site / "404.html.missing"
        if target.is_dir():
            if not url_path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url_path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            target = target / "index.html"
        status = 200
        if not target.is_file():
            status, target = 404, self.site / "404.html"
        body = target.read_bytes()
        compress = target.suffix in COMPRESSED_TYPES and "gzip" in self.headers.get(
            "Accept-Encoding", ""
        )
        if compress:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", CACHE_CONTROL)
        if compress:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # A page opens several connections at once; past the default backlog of 5,
    # Linux drops the new ones and the browser retries a second later.
    request_queue_size = 64

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser closing a connection early is not an error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on a free port of 127.0.0.1; yield its URL, ending in `/`."""
    handler = partial(StaticSiteHandler, site=site.resolve())
    with QuietServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/"
        finally:
            server.shutdown()
            thread.join(timeout=10)


if __name__ == "__main__":
    # python -m tools.static_server SITE_DIR: serve until interrupted.
    with serve(Path(sys.argv[1])) as url:
        print(url, flush=True)
        threading.Event().wait()
