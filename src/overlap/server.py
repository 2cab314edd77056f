"""The local demo server: real HTTP/1.1 on loopback, slow and unreliable on purpose.

Concurrency pays off only when there is waiting to overlap, so the guide's
network examples talk to a server that is slow in a controlled way. It waits
``latency`` seconds (give or take ``jitter``) before each response, fails a
fraction ``error_rate`` of requests with 503, answers 429 beyond ``rate_limit``
requests per second, and serves PNG images and JSON items of realistic size.
It uses the standard library only (`asyncio` streams) and listens on loopback only.

Start it in a terminal, then run the examples, which find it with `demo_url`:

```console
$ python -m overlap.server --latency 0.2 --error-rate 0.1
```

or run it inside a test or a notebook:

```python
import urllib.request

from overlap.server import running_server

with running_server(port=0, latency=0.5) as url:
    response = urllib.request.urlopen(url + "/api/items/7")
    print(response.status, response.headers["Content-Type"])
    #> 200 application/json
```

Routes (GET and HEAD): ``/``, ``/health``, ``/images/{n}.png`` and
``/api/items/{n}``, n from 1 to 10000. Every route takes ``?delay=SECONDS``,
which replaces latency and jitter for that request (``/health`` ignores it).

Determinism: failures and jitter are not drawn from one shared random stream,
whose order would depend on how concurrent requests interleave. The server
counts the requests it has received for each path, and decides the fate of each
request with a `random.Random` seeded from (seed, path, attempt number for that
path). So a sequence of requests meets the same failures however concurrently
it is sent, another seed gives other failures, and a retry of a failed path is a
new attempt, which may succeed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import functools
import ipaddress
import logging
import math
import os
import random
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from overlap._content import catalogue_item, png_image
from overlap._http import (
    MAX_HEADER_BYTES,
    HttpError,
    Request,
    Response,
    close_connection,
    json_response,
    read_request,
)

DEMO_URL_ENV = "OVERLAP_DEMO_URL"
"""The environment variable that tells the examples where the demo server is."""

DEFAULT_URL = "http://127.0.0.1:8001"
"""Where the examples look for the demo server when `DEMO_URL_ENV` is not set."""

ITEM_COUNT = 10_000
"""``/images/{n}.png`` and ``/api/items/{n}`` exist for n from 1 to this number."""

_ROUTES = {
    "/": "this index: the server's name, settings and routes",
    "/health": "'ok' at once: never delayed, failed or rate limited",
    "/images/{n}.png": f"an RGB PNG image of 20-150 KB, n from 1 to {ITEM_COUNT}",
    "/api/items/{n}": f"a small JSON item, n from 1 to {ITEM_COUNT}",
}
_LISTEN_BACKLOG = 4096  # connections the OS may queue before we accept them
_log = logging.getLogger(__name__)


def demo_url() -> str:
    """Return the demo server's base URL: `DEMO_URL_ENV` if set, else `DEFAULT_URL`."""
    return os.environ.get(DEMO_URL_ENV) or DEFAULT_URL


# --- Settings ----------------------------------------------------------------

_NUMBER_RANGES = {  # setting: (lowest, highest, unit); "delay" is the query one
    "latency": (0.0, 30.0, "seconds"),
    "jitter": (0.0, 30.0, "seconds"),
    "error_rate": (0.0, 1.0, "(a fraction of the requests)"),
    "rate_limit": (0.0, 10_000.0, "requests per second (0 = no limit)"),
    "idle_timeout": (0.01, 3600.0, "seconds"),
    "delay": (0.0, 30.0, "seconds"),
}


def _check_number(name: str, value: object) -> float:
    low, high, unit = _NUMBER_RANGES[name]
    number = value
    if isinstance(number, bool) or not isinstance(number, int | float):
        number = math.nan  # not a number: the range check below rejects it
    if low <= number <= high:  # false for NaN; the infinities are out of range
        return float(number)
    raise ValueError(
        f"{name} must be a number from {low:g} to {high:g} {unit}, got {value!r}"
    )


def _check_port(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**16:
        return value
    raise ValueError(
        f"port must be an integer from 0 to 65535 (0 = any free port), got {value!r}"
    )


def _check_seed(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"seed must be an integer, got {value!r}")


def _check_host(value: object) -> str:
    try:
        loopback = value == "localhost" or ipaddress.ip_address(str(value)).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(
            f"host must be a loopback address (127.0.0.0/8, ::1 or localhost), "
            f"got {value!r}: the demo server only listens on loopback"
        )
    return str(value)


def _parse_setting(name: str, text: str) -> Any:
    """Convert the text of a command-line flag or query parameter, and check it.

    Raises:
        ValueError: The message names the setting, the value and what is allowed.
    """
    convert = {"host": str, "port": int, "seed": int}.get(name, float)
    try:
        value: object = convert(text)
    except ValueError:
        value = text  # the check below reports that it is not a number
    checks = {"host": _check_host, "port": _check_port, "seed": _check_seed}
    return checks.get(name, functools.partial(_check_number, name))(value)


@dataclasses.dataclass(frozen=True)
class ServerSettings:
    """How the demo server behaves. Every value is checked on creation.

    Attributes:
        host: Address to listen on: in 127.0.0.0/8, ``::1`` or ``localhost``.
        port: TCP port; 0 picks any free port.
        latency: Seconds to wait before each response, 0 to 30.
        jitter: Seconds, 0 to 30: each response waits latency plus a random
            amount uniform in ±jitter (never less than 0 in total).
        error_rate: Fraction of the requests answered with 503, 0 to 1.
        seed: Decides which requests fail and their jitter (see the module docs).
        rate_limit: Requests per second accepted from all clients together,
            beyond which the server answers 429; 0 means no limit.
        idle_timeout: Seconds a connection may stay idle, or take to send its
            request headers, before the server answers 408 and closes it.

    Raises:
        ValueError: A setting is out of range or of the wrong type; the message
            names the setting, its value and the allowed range.
    """

    host: str = "127.0.0.1"
    port: int = 8001
    latency: float = 0.1
    jitter: float = 0.0
    error_rate: float = 0.0
    seed: int = 0
    rate_limit: float = 0.0
    idle_timeout: float = 10.0

    def __post_init__(self) -> None:
        """Check every setting, and store the numbers as floats."""
        _check_host(self.host)
        _check_port(self.port)
        _check_seed(self.seed)
        for name in ("latency", "jitter", "error_rate", "rate_limit", "idle_timeout"):
            # A frozen dataclass's fields can only be set this way.
            object.__setattr__(self, name, _check_number(name, getattr(self, name)))


def _number_in_path(text: str, what: str) -> int:
    valid = f"{what} numbers are integers from 1 to {ITEM_COUNT}"
    if not re.fullmatch(r"[0-9]+", text):
        raise HttpError(400, f"{what} number {text!r} is not an integer: {valid}")
    if not 1 <= int(text) <= ITEM_COUNT:
        raise HttpError(404, f"no {what} {int(text)}: {valid}")
    return int(text)


def _delay_from_query(query: str) -> float | None:
    """The ``?delay=`` in seconds, if given; any other parameter is an error."""
    delay = None
    for field in filter(None, query.split("&")):
        name, _, value = field.partition("=")
        if name != "delay":
            raise HttpError(
                400, f"unknown query parameter {name!r}: the only one is delay=SECONDS"
            )
        try:
            delay = _parse_setting("delay", value)
        except ValueError as error:
            raise HttpError(400, str(error)) from None
    return delay


# --- Server ------------------------------------------------------------------


class _RateLimiter:
    """A token bucket: holds one second's worth of requests, refills steadily."""

    def __init__(self, per_second: float) -> None:
        self._rate = per_second
        self._capacity = max(1.0, per_second)
        self._tokens = self._capacity
        self._updated = time.monotonic()

    def wait_needed(self) -> float:
        """Take a token and return 0, or return the seconds until there is one."""
        now = time.monotonic()
        refill = (now - self._updated) * self._rate
        self._tokens = min(self._capacity, self._tokens + refill)
        self._updated = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self._rate


class DemoServer:
    """The demo server, running on the current event loop.

    Use it as an async context manager, or call `start` and `stop`:

    ```python
    import asyncio

    from overlap.server import DemoServer, ServerSettings


    async def main() -> None:
        async with DemoServer(ServerSettings(port=0, latency=0)) as server:
            print(server.url.startswith("http://127.0.0.1:"))
            #> True


    asyncio.run(main())
    ```

    Args:
        settings: How the server behaves; the defaults if omitted.
    """

    def __init__(self, settings: ServerSettings | None = None) -> None:
        self.settings = settings or ServerSettings()
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self._closing = False
        self._stopped = asyncio.Event()
        self._attempts: Counter[str] = Counter()
        rate = self.settings.rate_limit
        self._rate_limiter = _RateLimiter(rate) if rate else None

    @property
    def url(self) -> str:
        """The base URL with the real port, such as ``http://127.0.0.1:8001``.

        Raises:
            RuntimeError: The server is not running.
        """
        if self._server is None:
            raise RuntimeError("the demo server is not running: call start() first")
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    async def start(self) -> None:
        """Start listening; return as soon as the socket is bound.

        Raises:
            OSError: The address cannot be bound, for example the port is in use.
            RuntimeError: The server is already running.
        """
        if self._server is not None:
            raise RuntimeError("the demo server is already running")
        _raise_open_file_limit()
        host = "127.0.0.1" if self.settings.host == "localhost" else self.settings.host
        self._closing = False
        self._stopped.clear()
        self._server = await asyncio.start_server(
            self._serve_connection,
            host,
            self.settings.port,
            backlog=_LISTEN_BACKLOG,
            limit=MAX_HEADER_BYTES,
        )

    async def stop(self) -> None:
        """Stop listening and drop the open connections; do nothing if not running."""
        if self._server is None:
            return
        self._closing = True
        self._server.close()
        for task, writer in list(self._connections.items()):
            writer.transport.abort()
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None
        self._stopped.set()

    async def serve_forever(self) -> None:
        """Start if needed, then serve until `stop` is called or the task cancelled."""
        if self._server is None:
            await self.start()
        try:
            await self._stopped.wait()
        finally:
            await self.stop()

    async def __aenter__(self) -> DemoServer:
        """Start the server (see `start`) and return it."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop the server (see `stop`)."""
        await self.stop()

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        if self._closing:  # accepted just as stop() began
            writer.transport.abort()
            return
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        try:
            await self._converse(reader, writer)
        except asyncio.CancelledError:
            # stop() cancels the handlers it drops. Ending quietly is right for a
            # task the server owns, and Python 3.12.1 would log the cancellation.
            if not self._closing:
                raise
        finally:
            del self._connections[task]

    async def _converse(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Answer the requests of one connection, then close it."""
        try:
            await self._answer_requests(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away: there is nobody left to answer
        finally:
            linger = min(2.0, self.settings.idle_timeout)
            await close_connection(reader, writer, linger)

    async def _answer_requests(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Answer requests on one connection until either side wants to close it."""
        while True:
            try:
                request = await self._read_request(reader)
            except HttpError as error:
                await self._send(writer, error.response().encode(keep_alive=False))
                return
            if request is None:
                return
            response = await self._respond(request)
            keep_alive = request.keep_alive and not response.close
            head_only = request.method == "HEAD"
            data = response.encode(keep_alive=keep_alive, head_only=head_only)
            await self._send(writer, data)
            if not keep_alive:
                return

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        timeout = self.settings.idle_timeout
        try:
            async with asyncio.timeout(timeout):
                return await read_request(reader)
        except TimeoutError:
            message = f"no complete request within idle_timeout={timeout:g} seconds"
            raise HttpError(408, message, close=True) from None

    async def _send(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(data)
        try:
            async with asyncio.timeout(self.settings.idle_timeout):
                await writer.drain()  # wait while the client is slow to read
        except TimeoutError:
            raise ConnectionAbortedError("the client stopped reading") from None

    async def _respond(self, request: Request) -> Response:
        try:
            return await self._route(request)
        except HttpError as error:
            return error.response()
        except Exception:
            _log.exception("error answering %s %s", request.method, request.target)
            message = "internal error in the demo server (details in its log)"
            return HttpError(500, message, close=True).response()

    async def _route(self, request: Request) -> Response:
        """Check the request, wait out the simulated latency, build the content."""
        body_follows = request.has_body
        if request.method not in ("GET", "HEAD"):
            message = f"method {request.method} not allowed: use GET or HEAD"
            allow = {"Allow": "GET, HEAD"}
            raise HttpError(405, message, headers=allow, close=body_follows)
        if body_follows:
            raise HttpError(413, "the demo server takes no request body", close=True)
        delay = _delay_from_query(request.query)
        if request.path == "/health":
            return Response(200, b"ok\n", "text/plain; charset=utf-8")
        build_content = self._find_content(request.path)
        self._check_rate_limit()
        fails, latency = self._draw_fate(request.path)
        await asyncio.sleep(latency if delay is None else delay)
        if fails:
            error_rate, seed = self.settings.error_rate, self.settings.seed
            message = f"simulated failure (error_rate={error_rate:g}, seed={seed})"
            raise HttpError(503, message)
        return build_content()

    def _find_content(self, path: str) -> Callable[[], Response]:
        if path == "/":
            return self._index
        if match := re.fullmatch(r"/images/([^/]*)\.png", path):
            n = _number_in_path(match[1], "image")
            return lambda: Response(200, png_image(n), "image/png")
        if match := re.fullmatch(r"/api/items/([^/]*)", path):
            n = _number_in_path(match[1], "item")
            return lambda: json_response(200, catalogue_item(n))
        routes = ", ".join(_ROUTES)
        raise HttpError(404, f"no route for {path!r}: the routes are {routes}")

    def _index(self) -> Response:
        return json_response(
            200,
            {
                "name": "Overlap demo server",
                "settings": dataclasses.asdict(self.settings),
                "routes": [{"path": p, "description": d} for p, d in _ROUTES.items()],
                "query": "?delay=SECONDS on any route replaces latency and jitter",
            },
        )

    def _check_rate_limit(self) -> None:
        wait = self._rate_limiter.wait_needed() if self._rate_limiter else 0.0
        if wait:
            retry_after = max(1, math.ceil(wait))
            limit = self.settings.rate_limit
            message = f"over the rate limit of {limit:g} requests per second"
            headers = {"Retry-After": str(retry_after)}
            raise HttpError(
                429, f"{message}: retry in {retry_after} s", headers=headers
            )

    def _draw_fate(self, path: str) -> tuple[bool, float]:
        """Decide if this request fails, and its latency (see the module docs)."""
        attempt = self._attempts[path]
        self._attempts[path] += 1
        rng = random.Random(f"{self.settings.seed}/{path}/{attempt}")
        fails = rng.random() < self.settings.error_rate
        jitter = rng.uniform(-self.settings.jitter, self.settings.jitter)
        return fails, max(0.0, self.settings.latency + jitter)


def _raise_open_file_limit() -> None:
    """Allow as many open sockets as the OS permits (Unix only)."""
    try:
        import resource  # Unix only

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft != hard:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    except (ImportError, ValueError, OSError):
        pass  # not Unix, or not allowed: keep the current limit


@contextlib.contextmanager
def running_server(
    settings: ServerSettings | None = None, **overrides: Any
) -> Iterator[str]:
    """Run a demo server on a background thread with its own event loop.

    For synchronous code, such as tests and notebooks:

    ```python
    import urllib.error
    import urllib.request

    from overlap.server import running_server

    with running_server(port=0, latency=0, error_rate=1.0) as url:
        try:
            urllib.request.urlopen(url + "/api/items/1")
        except urllib.error.HTTPError as error:
            print(error.code, error.reason)
            #> 503 Service Unavailable
    ```

    Args:
        settings: The base settings; the defaults if omitted.
        **overrides: Settings to change, by name, such as ``latency=0.5``.

    Yields:
        The server's base URL, such as ``http://127.0.0.1:8001``.

    Raises:
        ValueError: A setting is invalid.
        OSError: The address cannot be bound.
    """
    server = DemoServer(dataclasses.replace(settings or ServerSettings(), **overrides))
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(server.start(), loop).result()
        yield server.url
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


# --- Command line ------------------------------------------------------------

_FLAGS = {  # setting: (metavar, help without the default)
    "host": ("ADDRESS", "loopback address to listen on: 127.x.x.x, ::1 or localhost"),
    "port": ("PORT", "TCP port to listen on; 0 picks a free port"),
    "latency": ("SECONDS", "seconds to wait before each response, 0 to 30"),
    "jitter": ("SECONDS", "random extra seconds, uniform in +/-JITTER, 0 to 30"),
    "error_rate": ("FRACTION", "fraction of the requests that fail with 503, 0 to 1"),
    "seed": ("INT", "random seed deciding which requests fail and their jitter"),
    "rate_limit": ("PER_SECOND", "requests/second (all clients) before 429s; 0 = off"),
    "idle_timeout": ("SECONDS", "seconds of client silence before a 408 and a close"),
}


def _flag_type(name: str) -> Callable[[str], Any]:
    """An argparse ``type``: parse and check one setting, or explain the problem."""

    def parse(text: str) -> Any:
        try:
            return _parse_setting(name, text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m overlap.server",
        description="Run the Overlap demo server: a local HTTP/1.1 server with the "
        "latency, failures and rate limit you choose, for the guide's network "
        "examples to talk to. It listens on loopback only.",
    )
    for name, (metavar, text) in _FLAGS.items():
        default = getattr(ServerSettings, name)
        help_text = f"{text} (default: {default})"
        options: dict[str, Any] = {"dest": name, "metavar": metavar, "default": default}
        options["type"] = _flag_type(name)
        parser.add_argument(f"--{name.replace('_', '-')}", help=help_text, **options)
        if "_" in name:  # the setting's own spelling works too: --error_rate
            parser.add_argument(f"--{name}", help=argparse.SUPPRESS, **options)
    return parser


async def _serve_until_signalled(settings: ServerSettings) -> int:
    server = DemoServer(settings)
    try:
        await server.start()
    except OSError as error:
        where = f"{settings.host}:{settings.port}"
        print(
            f"error: cannot listen on {where}: {error.strerror or error}",
            file=sys.stderr,
        )
        return 1
    stop_requested = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on Windows
            loop.add_signal_handler(signum, stop_requested.set)
    try:
        print(f"Overlap demo server on {server.url} (Ctrl+C to stop)", flush=True)
        await stop_requested.wait()
    finally:
        await server.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the demo server from the command line until Ctrl+C or SIGTERM.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` if omitted.

    Returns:
        The exit status: 0 after a clean stop, 1 if the server could not start.
        Invalid arguments exit with status 2 and a usage message instead.
    """
    settings = ServerSettings(**vars(_build_parser().parse_args(argv)))
    try:
        return asyncio.run(_serve_until_signalled(settings))
    except KeyboardInterrupt:
        return 0  # Ctrl+C where the event loop has no signal handlers


if __name__ == "__main__":
    raise SystemExit(main())
