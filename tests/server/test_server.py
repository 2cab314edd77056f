"""Tests of the demo server (`overlap.server`): routes, HTTP, failures, CLI, capacity.

Servers with particular settings run in-process with `running_server`; the
`server_process` fixture runs the real command line. Everything binds 127.0.0.1.
"""

import asyncio
import contextlib
import email.utils
import http.client
import io
import json
import math
import re
import resource
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.parse
import zlib
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from overlap.server import (
    DEFAULT_URL,
    DEMO_URL_ENV,
    DemoServer,
    ServerSettings,
    demo_url,
    running_server,
)

TIMING_TOLERANCE = 0.25  # seconds a response may come later than asked, on a busy CI
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CLI = [sys.executable, "-m", "overlap.server"]


# --- Helpers -----------------------------------------------------------------


@dataclass
class Reply:
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    def error(self) -> str:
        assert self.headers["content-type"] == "application/json"
        return json.loads(self.body)["error"]


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def get(url: str, path: str, timeout: float = 10) -> Reply:
    connection = http.client.HTTPConnection(*address(url), timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return Reply(response.status, headers, response.read())
    finally:
        connection.close()


def read_reply(stream: io.BufferedReader, head_only: bool = False) -> Reply:
    """Read one response from a socket's file, using its Content-Length."""
    status_line = stream.readline()
    assert status_line.startswith(b"HTTP/1.1 "), status_line
    headers = {}
    while (line := stream.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = b"" if head_only else stream.read(int(headers["content-length"]))
    return Reply(int(status_line.split()[1]), headers, body)


def exchange(url: str, data: bytes, timeout: float = 10) -> tuple[Reply, bytes]:
    """Send raw bytes, read until the server closes; the reply and any extra bytes."""
    with socket.create_connection(address(url), timeout=timeout) as sock:
        sock.sendall(data)
        with sock.makefile("rb") as stream:
            reply = read_reply(stream)
            return reply, stream.read()


def assert_healthy(url: str) -> None:
    reply = get(url, "/health")
    assert (reply.status, reply.body) == (200, b"ok\n")


def png_chunks(png: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield (type, data) of each chunk, checking its length and CRC."""
    assert png.startswith(PNG_SIGNATURE)
    position = len(PNG_SIGNATURE)
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        data = png[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(
            ">I", png[position + 8 + length : position + 12 + length]
        )
        assert len(data) == length, f"{kind!r} chunk truncated"
        assert crc == zlib.crc32(kind + data), f"bad CRC in {kind!r} chunk"
        yield kind, data
        position += 12 + length


def timed_get(url: str, path: str) -> tuple[float, Reply]:
    start = time.perf_counter()
    reply = get(url, path)
    return time.perf_counter() - start, reply


# --- Routes ------------------------------------------------------------------


def test_cli_url_serves_health_with_standard_headers(server_process: str) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server_process)
    reply = get(server_process, "/health")
    assert (reply.status, reply.body) == (200, b"ok\n")
    assert reply.headers["content-type"] == "text/plain; charset=utf-8"
    assert reply.headers["content-length"] == "3"
    assert reply.headers["server"] == "overlap-demo"
    assert reply.headers["connection"] == "keep-alive"
    assert email.utils.parsedate_to_datetime(reply.headers["date"]).tzinfo is not None


def test_index_lists_name_settings_and_routes(server_process: str) -> None:
    reply = get(server_process, "/")
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    index = json.loads(reply.body)
    assert "demo server" in index["name"]
    assert index["settings"]["latency"] == 0.0
    assert index["settings"]["error_rate"] == 0.0
    paths = [route["path"] for route in index["routes"]]
    assert paths == ["/", "/health", "/images/{n}.png", "/api/items/{n}"]
    assert all(route["description"] for route in index["routes"])


@pytest.mark.parametrize("n", [1, 2, 77, 10_000])
def test_image_is_a_valid_png_of_realistic_size(server_process: str, n: int) -> None:
    reply = get(server_process, f"/images/{n}.png")
    assert reply.status == 200
    assert reply.headers["content-type"] == "image/png"
    assert int(reply.headers["content-length"]) == len(reply.body)
    assert 20_000 <= len(reply.body) <= 150_000
    chunks = list(png_chunks(reply.body))
    assert [kind for kind, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (depth, colour) == (8, 2)  # 8-bit RGB
    pixels = zlib.decompress(chunks[1][1])
    assert len(pixels) == height * (1 + 3 * width)
    assert get(server_process, f"/images/{n}.png").body == reply.body


def test_images_differ_from_one_n_to_the_next(server_process: str) -> None:
    images = [get(server_process, f"/images/{n}.png").body for n in range(1, 6)]
    assert len(set(images)) == 5
    assert len({len(image) for image in images}) > 1


def test_item_is_small_deterministic_json(server_process: str) -> None:
    reply = get(server_process, "/api/items/42")
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    item = json.loads(reply.body)
    assert item["id"] == 42
    assert isinstance(item["name"], str) and item["name"]
    assert isinstance(item["price"], float) and item["price"] > 0
    assert isinstance(item["tags"], list) and item["tags"]
    assert len(reply.body) < 1000
    assert get(server_process, "/api/items/42").body == reply.body
    assert json.loads(get(server_process, "/api/items/43").body) != item


def test_head_sends_the_headers_of_get_and_no_body(server_process: str) -> None:
    length = len(get(server_process, "/images/3.png").body)
    request = b"HEAD /images/3.png HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
    with socket.create_connection(address(server_process), timeout=10) as sock:
        sock.sendall(request)
        with sock.makefile("rb") as stream:
            reply = read_reply(stream, head_only=True)
            assert stream.read() == b""  # nothing after the headers
    assert reply.status == 200
    assert int(reply.headers["content-length"]) == length
    assert reply.headers["connection"] == "close"


# --- Connections -------------------------------------------------------------


def test_keep_alive_serves_three_requests_on_one_socket(server_process: str) -> None:
    paths = ["/api/items/1", "/health", "/api/items/2"]
    with (
        socket.create_connection(address(server_process), timeout=10) as sock,
        sock.makefile("rb") as stream,
    ):
        for path in paths:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
            reply = read_reply(stream)
            assert reply.status == 200
            assert reply.headers["connection"] == "keep-alive"
        sock.sendall(b"GET /health HTTP/1.1\r\nConnection: close\r\n\r\n")
        assert read_reply(stream).headers["connection"] == "close"
        assert stream.read() == b""  # the server closed the connection


def test_http_1_0_closes_after_the_response(server_process: str) -> None:
    reply, rest = exchange(server_process, b"GET /api/items/5 HTTP/1.0\r\n\r\n")
    assert reply.status == 200
    assert reply.headers["connection"] == "close"
    assert rest == b""


def test_client_leaving_mid_response_does_not_hurt_the_server(
    server_process: str,
) -> None:
    for n in range(1, 21):
        with socket.create_connection(address(server_process), timeout=10) as sock:
            sock.sendall(f"GET /images/{n}.png HTTP/1.1\r\n\r\n".encode())
            sock.recv(100)  # then close with most of the image unread
    assert_healthy(server_process)


# --- Malformed and refused requests ------------------------------------------

BAD_REQUESTS = {
    "garbage bytes": (b"\x00\xff\xfe\x16\x03garbage\r\n\r\n", 400, "malformed request"),
    "missing version": (b"GET /\r\n\r\n", 400, "malformed request line"),
    "lower-case version": (b"GET / http/1.1\r\n\r\n", 400, "malformed request line"),
    "relative target": (b"GET health HTTP/1.1\r\n\r\n", 400, "malformed request"),
    "header without colon": (b"GET / HTTP/1.1\r\nno colon\r\n\r\n", 400, "header"),
    "space before colon": (b"GET / HTTP/1.1\r\nHost : t\r\n\r\n", 400, "header"),
    "folded header": (b"GET / HTTP/1.1\r\nA: b\r\n  c\r\n\r\n", 400, "header"),
    "control character": (b"GET / HTTP/1.1\r\nA: b\x01\r\n\r\n", 400, "header"),
    "long request line": (
        b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n",
        414,
        "request line too long",
    ),
    "huge request line": (b"GET /" + b"a" * 40_000, 414, "request line too long"),
    "huge header": (
        b"GET / HTTP/1.1\r\nX-Big: " + b"x" * 20_000 + b"\r\n\r\n",
        431,
        "request headers too long",
    ),
    "too many headers": (
        b"GET / HTTP/1.1\r\n" + (b"X-Some: " + b"y" * 1000 + b"\r\n") * 20 + b"\r\n",
        431,
        "request headers too long",
    ),
    "HTTP/2.0": (b"GET / HTTP/2.0\r\n\r\n", 505, "HTTP/2.0 is not supported"),
    "POST": (b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n", 405, "POST not allowed"),
    "POST with body": (
        b"POST /api/items/1 HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
        405,
        "POST not allowed",
    ),
    "body": (
        b"GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
        413,
        "takes no request body",
    ),
    "chunked body": (
        b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        413,
        "takes no request body",
    ),
    "big body": (
        b"GET / HTTP/1.1\r\nContent-Length: 3000000\r\n\r\n" + b"z" * 300_000,
        413,
        "takes no request body",
    ),
    "bad Content-Length": (
        b"GET / HTTP/1.1\r\nContent-Length: -3\r\n\r\n",
        400,
        "invalid Content-Length",
    ),
    "unknown path": (b"GET /nope HTTP/1.1\r\n\r\n", 404, "routes are /, /health"),
    "item 0": (b"GET /api/items/0 HTTP/1.1\r\n\r\n", 404, "from 1 to 10000"),
    "item not a number": (b"GET /api/items/x HTTP/1.1\r\n\r\n", 400, "1 to 10000"),
    "image too far": (b"GET /images/10001.png HTTP/1.1\r\n\r\n", 404, "1 to 10000"),
    "image 1.5": (b"GET /images/1.5.png HTTP/1.1\r\n\r\n", 400, "not an integer"),
    "unknown parameter": (b"GET /?dealy=1 HTTP/1.1\r\n\r\n", 400, "'dealy'"),
    "delay too long": (b"GET /?delay=31 HTTP/1.1\r\n\r\n", 400, "0 to 30 seconds"),
    "delay not a number": (b"GET /?delay=soon HTTP/1.1\r\n\r\n", 400, "'soon'"),
    "delay NaN": (b"GET /health?delay=nan HTTP/1.1\r\n\r\n", 400, "got nan"),
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("request_bytes", "status", "message"), BAD_REQUESTS.values(), ids=BAD_REQUESTS
)
def test_bad_request_gets_its_status_and_a_message(
    server_process: str, request_bytes: bytes, status: int, message: str
) -> None:
    with socket.create_connection(address(server_process), timeout=10) as sock:
        sock.sendall(request_bytes)
        with sock.makefile("rb") as stream:
            reply = read_reply(stream)
    assert reply.status == status
    assert message in reply.error()
    if status == 405:
        assert reply.headers["allow"] == "GET, HEAD"
    assert_healthy(server_process)


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "sent", [b"", b"GET / HTTP/1.1\r\nHost: t\r\n"], ids=["idle", "slow"]
)
def test_idle_or_slow_client_gets_408_after_idle_timeout(sent: bytes) -> None:
    with running_server(port=0, idle_timeout=0.5) as url:
        start = time.perf_counter()
        reply, rest = exchange(url, sent)
        elapsed = time.perf_counter() - start
        assert reply.status == 408
        assert "idle_timeout=0.5" in reply.error()
        assert reply.headers["connection"] == "close"
        assert rest == b""
        assert 0.5 <= elapsed < 0.5 + TIMING_TOLERANCE
        assert_healthy(url)


@pytest.mark.timeout(20)
def test_idle_keep_alive_connection_is_closed_after_idle_timeout() -> None:
    with (
        running_server(port=0, idle_timeout=0.5) as url,
        socket.create_connection(address(url), timeout=10) as sock,
        sock.makefile("rb") as stream,
    ):
        sock.sendall(b"GET /health HTTP/1.1\r\n\r\n")
        assert read_reply(stream).status == 200
        start = time.perf_counter()
        assert read_reply(stream).status == 408
        assert 0.5 - TIMING_TOLERANCE < time.perf_counter() - start < 1
        assert stream.read() == b""


# --- Latency, failures, rate limit -------------------------------------------


@pytest.mark.timeout(20)
def test_latency_and_delay_are_honoured() -> None:
    with running_server(port=0, latency=0.3) as url:
        elapsed, reply = timed_get(url, "/api/items/1")
        assert reply.status == 200
        assert 0.3 <= elapsed < 0.3 + TIMING_TOLERANCE
        elapsed, _ = timed_get(url, "/api/items/1?delay=0.6")
        assert 0.6 <= elapsed < 0.6 + TIMING_TOLERANCE
        elapsed, _ = timed_get(url, "/images/1.png?delay=0")
        assert elapsed < TIMING_TOLERANCE
        elapsed, _ = timed_get(url, "/health")
        assert elapsed < TIMING_TOLERANCE


@pytest.mark.timeout(20)
def test_jitter_spreads_latency_within_its_range() -> None:
    with running_server(port=0, latency=0.3, jitter=0.2) as url:
        paths = [f"/api/items/{n}" for n in range(1, 13)]
        with ThreadPoolExecutor(len(paths)) as pool:
            elapsed = [seconds for seconds, _ in pool.map(timed_get, [url] * 12, paths)]
    assert all(0.1 <= seconds < 0.5 + TIMING_TOLERANCE for seconds in elapsed)
    assert max(elapsed) - min(elapsed) > 0.1


def failing_requests(url: str, paths: list[str], seed: int) -> list[int]:
    """Send the paths in turn on one keep-alive connection; the indexes of 503s."""
    expected_error = f"simulated failure (error_rate=0.1, seed={seed})"
    connection = http.client.HTTPConnection(*address(url), timeout=10)
    failed = []
    try:
        for index, path in enumerate(paths):
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            if response.status == 503:
                failed.append(index)
                assert json.loads(body)["error"] == expected_error
            else:
                assert response.status == 200
    finally:
        connection.close()
    return failed


@pytest.mark.timeout(30)
def test_failures_depend_on_seed_path_and_attempt_only() -> None:
    paths = [f"/api/items/{i % 100 + 1}" for i in range(1000)]  # each path 10 times
    with running_server(port=0, latency=0, error_rate=0.1, seed=0) as url:
        first = failing_requests(url, paths, seed=0)
    with running_server(port=0, latency=0, error_rate=0.1, seed=0) as url:
        again = failing_requests(url, paths, seed=0)
    with running_server(port=0, latency=0, error_rate=0.1, seed=1) as url:
        other_seed = failing_requests(url, paths, seed=1)
    with (
        running_server(port=0, latency=0, error_rate=0.1, seed=0) as url,
        ThreadPoolExecutor(16) as pool,
    ):
        statuses = list(pool.map(lambda path: get(url, path).status, paths))
    assert again == first
    assert other_seed != first
    assert 60 <= len(first) <= 140  # 1000 x 0.1, give or take 4 standard deviations
    failures_per_path = Counter(paths[index] for index in first)
    concurrent_failures = Counter(
        path for path, status in zip(paths, statuses, strict=True) if status == 503
    )
    assert concurrent_failures == failures_per_path
    assert any(count < 10 for count in failures_per_path.values())  # retries succeed


@pytest.mark.timeout(20)
def test_health_never_fails_or_waits() -> None:
    with running_server(port=0, latency=5, error_rate=1, rate_limit=1) as url:
        for _ in range(5):
            elapsed, reply = timed_get(url, "/health")
            assert reply.status == 200
            assert elapsed < TIMING_TOLERANCE
        elapsed, reply = timed_get(url, "/api/items/1?delay=0")
        assert reply.status == 503
        assert reply.error() == "simulated failure (error_rate=1, seed=0)"


@pytest.mark.timeout(20)
def test_rate_limit_answers_429_with_retry_after() -> None:
    with running_server(port=0, latency=0, rate_limit=5) as url:
        statuses = []
        for n in range(1, 11):
            reply = get(url, f"/api/items/{n}")
            statuses.append(reply.status)
        assert statuses[:5] == [200] * 5
        assert 429 in statuses[5:]
        assert reply.status == 429
        assert "rate limit of 5 requests per second" in reply.error()
        assert re.fullmatch(r"[1-9][0-9]*", reply.headers["retry-after"])
        assert_healthy(url)


# --- Settings and the command line -------------------------------------------

BAD_SETTINGS = [
    ("latency", -1, "0 to 30 seconds"),
    ("latency", 31, "0 to 30 seconds"),
    ("latency", math.nan, "nan"),
    ("latency", math.inf, "inf"),
    ("latency", "0.1", "'0.1'"),
    ("latency", True, "True"),
    ("jitter", -0.5, "0 to 30 seconds"),
    ("error_rate", 1.5, "0 to 1"),
    ("error_rate", -0.1, "0 to 1"),
    ("rate_limit", -1, "requests per second"),
    ("idle_timeout", 0, "0.01 to 3600 seconds"),
    ("port", 70_000, "0 to 65535"),
    ("port", 80.0, "integer"),
    ("seed", 1.5, "integer"),
    ("host", "0.0.0.0", "only listens on loopback"),
    ("host", "192.168.1.10", "only listens on loopback"),
    ("host", "example.com", "only listens on loopback"),
]


@pytest.mark.parametrize(("name", "value", "allowed"), BAD_SETTINGS)
def test_bad_setting_is_rejected_with_a_precise_message(
    name: str, value: object, allowed: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(name)) as raised:
        ServerSettings(**{name: value})  # type: ignore[arg-type]
    assert allowed in str(raised.value)
    assert repr(value) in str(raised.value)


def test_good_settings_are_accepted_and_numbers_become_floats() -> None:
    settings = ServerSettings(host="localhost", port=0, latency=1, error_rate=1)
    assert settings.latency == 1.0 and isinstance(settings.latency, float)
    assert ServerSettings(host="127.0.0.2").host == "127.0.0.2"
    assert ServerSettings(host="::1").host == "::1"


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (
            ["--latency", "-1"],
            "latency must be a number from 0 to 30 seconds, got -1.0",
        ),
        (
            ["--latency", "abc"],
            "latency must be a number from 0 to 30 seconds, got 'abc'",
        ),
        (["--error-rate", "1.5"], "error_rate must be a number from 0 to 1"),
        (["--jitter", "nan"], "jitter must be a number from 0 to 30 seconds, got nan"),
        (["--idle_timeout", "inf"], "idle_timeout must be a number"),
        (["--port", "70000"], "port must be an integer from 0 to 65535"),
        (["--seed", "x"], "seed must be an integer, got 'x'"),
        (["--host", "0.0.0.0"], "only listens on loopback"),
        (["--colour", "red"], "unrecognized arguments: --colour red"),
    ],
)
def test_cli_rejects_bad_flags_with_exit_2(flags: list[str], expected: str) -> None:
    result = subprocess.run(CLI + flags, capture_output=True, text=True, timeout=15)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("usage: python -m overlap.server")
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.timeout(20)
def test_cli_help_explains_every_option() -> None:
    result = subprocess.run(
        [*CLI, "--help"], capture_output=True, text=True, timeout=15
    )
    assert result.returncode == 0
    assert "demo server" in result.stdout and "loopback" in result.stdout
    for flag in ["--host", "--port", "--latency", "--jitter", "--error-rate", "--seed"]:
        assert flag in result.stdout
    assert "--rate-limit" in result.stdout and "--idle-timeout" in result.stdout
    assert "(default: 0.1)" in result.stdout


BANNER = re.compile(
    r"Overlap demo server on (http://127\.0\.0\.1:\d+) \(Ctrl\+C to stop\)\n"
)


@contextlib.contextmanager
def cli_server(*flags: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run the CLI with these flags; yield the process and the URL it printed."""
    process = subprocess.Popen(
        [*CLI, "--port", "0", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = BANNER.fullmatch(line)
        assert match, line
        yield process, match[1]
    finally:
        process.kill()
        process.communicate()


@pytest.mark.timeout(20)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_cli_prints_its_url_and_exits_0_on_signal(signum: int) -> None:
    with cli_server() as (process, url):
        assert_healthy(url)
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=10)
        assert process.returncode == 0
        assert (stdout, stderr) == ("", "")  # one line in all, and no traceback


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "request_bytes", [b"", b"GET /api/items/1?delay=5 HTTP/1.1\r\n\r\n"]
)
def test_cli_stops_cleanly_with_connections_open(request_bytes: bytes) -> None:
    """An idle client, or one waiting for a slow reply, must not spoil the exit."""
    with cli_server() as (process, url):
        address = urllib.parse.urlsplit(url)
        with socket.create_connection((address.hostname, address.port)) as client:
            client.sendall(request_bytes)
            assert_healthy(url)  # the server has accepted and is serving both
            process.send_signal(signal.SIGTERM)
            stdout, stderr = process.communicate(timeout=10)
    assert process.returncode == 0
    assert (stdout, stderr) == ("", "")


@pytest.mark.timeout(20)
def test_cli_flags_reach_the_server() -> None:
    flags = ["--host", "localhost", "--latency", "0", "--error_rate", "0.5"]
    flags += ["--seed", "7", "--rate-limit", "500", "--idle-timeout", "5"]
    with cli_server(*flags) as (_, url):
        index = next(r for r in (get(url, "/") for _ in range(30)) if r.status == 200)
        replies = [get(url, f"/api/items/{n}") for n in range(1, 21)]
    assert json.loads(index.body)["settings"] == {
        "host": "localhost",
        "port": 0,
        "latency": 0.0,
        "jitter": 0.0,
        "error_rate": 0.5,
        "seed": 7,
        "rate_limit": 500.0,
        "idle_timeout": 5.0,
    }
    failures = [reply.error() for reply in replies if reply.status == 503]
    assert 0 < len(failures) < 20
    assert set(failures) == {"simulated failure (error_rate=0.5, seed=7)"}


@pytest.mark.timeout(20)
def test_cli_reports_a_port_in_use_with_exit_1(server_process: str) -> None:
    port = str(address(server_process)[1])
    result = subprocess.run(
        [*CLI, "--port", port], capture_output=True, text=True, timeout=15
    )
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


# --- Python API --------------------------------------------------------------


def test_demo_url_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DEMO_URL_ENV, raising=False)
    assert demo_url() == DEFAULT_URL == "http://127.0.0.1:8001"
    monkeypatch.setenv(DEMO_URL_ENV, "http://127.0.0.1:9999")
    assert demo_url() == "http://127.0.0.1:9999"


@pytest.mark.timeout(20)
def test_running_server_stops_on_exit() -> None:
    with running_server(port=0) as url:
        assert_healthy(url)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(address(url), timeout=5).close()


@pytest.mark.timeout(20)
def test_demo_server_async_api() -> None:
    async def scenario() -> None:
        async with DemoServer(ServerSettings(port=0, latency=0)) as server:
            await asyncio.to_thread(assert_healthy, server.url)
        with pytest.raises(RuntimeError, match="not running"):
            _ = server.url
        await server.start()
        serving = asyncio.create_task(server.serve_forever())
        await asyncio.to_thread(assert_healthy, server.url)
        await server.stop()
        await asyncio.wait_for(serving, timeout=5)  # returns once stopped
        await server.start()
        serving = asyncio.create_task(server.serve_forever())
        await asyncio.to_thread(assert_healthy, server.url)
        serving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await serving
        with pytest.raises(RuntimeError, match="not running"):
            _ = server.url  # cancelling serve_forever stopped the server

    asyncio.run(scenario())


# --- Capacity ----------------------------------------------------------------

CONNECTIONS = 1000


async def hold_connections(url: str, count: int) -> tuple[int, list[bytes]]:
    """Open `count` connections, each asking for a 1 s delay; read every response.

    Returns how many connections were open when the first response arrived, and
    the responses.
    """
    host, port = address(url)
    opened = 0
    opened_at_first_response = 0

    async def fetch(n: int) -> bytes:
        nonlocal opened, opened_at_first_response
        reader, writer = await asyncio.open_connection(host, port)
        opened += 1
        try:
            request = (
                f"GET /api/items/{n}?delay=1 HTTP/1.1\r\nConnection: close\r\n\r\n"
            )
            writer.write(request.encode())
            first_line = await reader.readline()
            opened_at_first_response = opened_at_first_response or opened
            return first_line + await reader.read()
        finally:
            writer.close()

    responses = await asyncio.gather(*(fetch(n) for n in range(1, count + 1)))
    return opened_at_first_response, responses


@pytest.mark.timeout(60)
def test_serves_1000_connections_held_open_at_once(server_process: str) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    assert hard >= CONNECTIONS + 100, "the OS does not allow enough open files"
    start = time.perf_counter()
    opened_at_first_response, responses = asyncio.run(
        asyncio.wait_for(hold_connections(server_process, CONNECTIONS), timeout=50)
    )
    elapsed = time.perf_counter() - start
    assert opened_at_first_response == CONNECTIONS
    for n, response in enumerate(responses, start=1):
        head, _, body = response.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200 OK\r\n"), head
        assert json.loads(body)["id"] == n
    assert elapsed < 1 + 10  # all at once: about the 1 s delay, not 1000 of them
    assert_healthy(server_process)
