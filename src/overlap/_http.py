"""Just enough HTTP/1.1 for the demo server: read requests, write responses, close.

The demo server takes no request bodies and sends every response with a
``Content-Length``, which keeps this parser small. It is strict about what it
accepts (RFC 9112) and turns every malformed request into an `HttpError` carrying
the status code and a message precise enough to debug a hand-written request.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import http
import json
import re
from dataclasses import dataclass

MAX_REQUEST_LINE = 8 * 1024
"""Longest accepted request line, in bytes (longer gets 414)."""

MAX_HEADER_BYTES = 16 * 1024
"""Largest accepted header block, in bytes, request line excluded (larger gets 431)."""

MAX_LINGER_BYTES = 1024 * 1024
"""Most unread input discarded before closing a connection (see `close_connection`)."""

SERVER_NAME = "overlap-demo"
"""Value of the ``Server`` header on every response."""

_TOKEN = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_REQUEST_LINE = re.compile(rf"({_TOKEN}) (/[!-~]*) (HTTP/[0-9]\.[0-9])")
_HEADER_NAME = re.compile(_TOKEN)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_SUPPORTED_VERSIONS = ("HTTP/1.1", "HTTP/1.0")


class HttpError(Exception):
    """A request the server answers with an error status instead of content.

    Attributes:
        status: The HTTP status code to send.
        message: A human explanation, sent as ``{"error": message}``.
        headers: Extra response headers, such as ``Allow`` or ``Retry-After``.
        close: Whether to close the connection after the response. Errors found
            while parsing leave the byte stream in an unknown state, so they close.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        close: bool = False,
    ) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.close = close

    def response(self) -> Response:
        """Build the JSON error response for this error."""
        return json_response(
            self.status, {"error": self.message}, headers=self.headers, close=self.close
        )


@dataclass(frozen=True)
class Request:
    """A parsed request head.

    Attributes:
        method: The method, such as ``"GET"``.
        target: The request target as sent, such as ``"/api/items/7?delay=1"``.
        version: ``"HTTP/1.1"`` or ``"HTTP/1.0"``.
        headers: Header values by lower-case name (repeated headers joined by ", ").
    """

    method: str
    target: str
    version: str
    headers: dict[str, str]

    @property
    def path(self) -> str:
        """The target without its query string."""
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        """The query string, without the ``?``; empty if there is none."""
        return self.target.partition("?")[2]

    @property
    def keep_alive(self) -> bool:
        """Whether the client lets the connection stay open after the response."""
        options = {
            option.strip().lower()
            for option in self.headers.get("connection", "").split(",")
        }
        return self.version == "HTTP/1.1" and "close" not in options

    @property
    def has_body(self) -> bool:
        """Whether a body follows the head.

        Raises:
            HttpError: ``Content-Length`` is not a non-negative integer (400).
        """
        if "transfer-encoding" in self.headers:
            return True
        length = self.headers.get("content-length", "0")
        if not re.fullmatch(r"[0-9]+", length):
            raise HttpError(
                400,
                f"invalid Content-Length {length!r}: expected a byte count",
                close=True,
            )
        return int(length) > 0


@dataclass(frozen=True)
class Response:
    """A complete response, ready to be encoded.

    Attributes:
        status: The HTTP status code.
        body: The body bytes (also measured for ``Content-Length`` on HEAD).
        content_type: The ``Content-Type`` header.
        headers: Extra headers.
        close: Whether the server closes the connection after sending it.
    """

    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] | None = None
    close: bool = False

    def encode(self, *, keep_alive: bool, head_only: bool = False) -> bytes:
        """Serialise the status line, headers and (unless ``head_only``) the body."""
        reason = http.HTTPStatus(self.status).phrase
        headers = {
            "Content-Type": self.content_type,
            "Content-Length": str(len(self.body)),
            "Date": email.utils.formatdate(usegmt=True),
            "Server": SERVER_NAME,
            "Connection": "keep-alive" if keep_alive else "close",
            **(self.headers or {}),
        }
        lines = [f"HTTP/1.1 {self.status} {reason}"] + [
            f"{name}: {value}" for name, value in headers.items()
        ]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        return head if head_only else head + self.body


def json_response(
    status: int,
    payload: object,
    *,
    headers: dict[str, str] | None = None,
    close: bool = False,
) -> Response:
    """Build a response whose body is ``payload`` serialised as JSON."""
    body = json.dumps(payload, indent=2).encode() + b"\n"
    return Response(status, body, "application/json", headers, close)


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    """Read one request head from ``reader``.

    The reader's buffer limit must be at least `MAX_HEADER_BYTES`.

    Returns:
        The request, or ``None`` if the client closed the connection before sending one.

    Raises:
        HttpError: The request is malformed (400), its line or headers are too
            long (414, 431), or its HTTP version is not 1.0 or 1.1 (505).
        asyncio.IncompleteReadError: The client closed the connection mid-request.
    """
    try:
        line = await _read_line(
            reader, _too_long(414, "request line", MAX_REQUEST_LINE)
        )
    except asyncio.IncompleteReadError as error:
        if not error.partial:
            return None
        raise
    if len(line) > MAX_REQUEST_LINE:
        raise _too_long(414, "request line", MAX_REQUEST_LINE)
    method, target, version = _parse_request_line(line)
    return Request(method, target, version, await _read_headers(reader))


async def _read_line(reader: asyncio.StreamReader, if_too_long: HttpError) -> bytes:
    """Read up to the next LF and strip the line ending (CRLF, or a bare LF)."""
    try:
        line = await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError:
        raise if_too_long from None
    return line.removesuffix(b"\n").removesuffix(b"\r")


def _parse_request_line(line: bytes) -> tuple[str, str, str]:
    text = line.decode("latin-1")
    match = _REQUEST_LINE.fullmatch(text)
    if match is None:
        raise HttpError(
            400,
            f'malformed request line {text[:100]!r}: expected "METHOD /path HTTP/1.1"',
            close=True,
        )
    method, target, version = match.groups()
    if version not in _SUPPORTED_VERSIONS:
        raise HttpError(
            505, f"{version} is not supported: use HTTP/1.1 or HTTP/1.0", close=True
        )
    return method, target, version


async def _read_headers(reader: asyncio.StreamReader) -> dict[str, str]:
    headers: dict[str, str] = {}
    total = 0
    too_long = _too_long(431, "request headers", MAX_HEADER_BYTES)
    while line := await _read_line(reader, too_long):
        total += len(line) + 2
        if total > MAX_HEADER_BYTES:
            raise too_long
        name, value = _parse_header_line(line)
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _parse_header_line(line: bytes) -> tuple[str, str]:
    text = line.decode("latin-1")
    name, colon, value = text.partition(":")
    value = value.strip(" \t")
    if not colon or not _HEADER_NAME.fullmatch(name) or _CONTROL_CHARS.search(value):
        raise HttpError(
            400,
            f'malformed header line {text[:100]!r}: expected "Name: value"',
            close=True,
        )
    return name.lower(), value


def _too_long(status: int, what: str, limit: int) -> HttpError:
    return HttpError(
        status, f"{what} too long: the limit is {limit // 1024} KiB", close=True
    )


async def close_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, linger: float
) -> None:
    """Close a connection so that the client surely receives the last response.

    Closing a socket with unread input makes the OS send a reset, which can
    destroy the response before the client reads it. So we first announce the
    end of our output, then read and discard what the client still sends (up to
    1 MiB, for at most ``linger`` seconds), and only then close.
    """
    with contextlib.suppress(OSError):
        if writer.can_write_eof() and not writer.is_closing():
            writer.write_eof()
    with contextlib.suppress(TimeoutError, OSError):
        async with asyncio.timeout(linger):
            discarded = 0
            while discarded < MAX_LINGER_BYTES and (data := await reader.read(65536)):
                discarded += len(data)
    writer.close()
    try:
        async with asyncio.timeout(linger):
            await writer.wait_closed()
    except TimeoutError:
        writer.transport.abort()  # the client is not reading what we sent
    except OSError:
        pass  # already reset by the client
