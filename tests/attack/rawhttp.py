"""HTTP requests sent byte for byte over a socket.

`requests` (and urllib3) normalise a URL before sending it: dot segments are resolved, `%2f`
may be re-cased, a tab or a backslash refused. An attack on the gateway's routing is the
spelling itself, so each request line goes out exactly as written here, and the answer is read
back raw (its header block as bytes, for header-injection checks) and parsed by `http.client`
(chunked bodies, HEAD, Content-Length).
"""

from __future__ import annotations

import contextlib
import http.client
import io
import socket
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[str, str]]  # in the order received, repeated names kept
    head: bytes  # the raw status line and header block
    body: bytes

    def header(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


class _Received:
    """What http.client.HTTPResponse reads from: the bytes the server sent."""

    def __init__(self, data: bytes):
        self._data = data

    def makefile(self, *args, **kwargs):
        return io.BytesIO(self._data)


def request_bytes(
    method: str,
    target: str,
    *,
    host: str | None,
    version: str = "HTTP/1.1",
    headers: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
    body: bytes = b"",
) -> bytes:
    """One request, `target` exactly as given (latin-1: raw tabs and backslashes go out as such)."""
    lines = [f"{method} {target} {version}"]
    if host is not None:
        lines.append(f"Host: {host}")
    lines += [f"{name}: {value}" for name, value in headers]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")  # the server ends the answer by closing: read to the end
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def exchange(
    address: tuple[str, int],
    request: bytes,
    *,
    method: str,
    timeout: float = 10,
) -> Answer:
    """Send `request`, read until the server closes (bounded by `timeout`), parse the answer."""
    deadline = time.monotonic() + timeout
    received = []
    with socket.create_connection(address, timeout=timeout) as sock:
        # The server may answer (a 400, a 414) before reading all of it: read that answer.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(request)
        while time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            received.append(data)
    raw = b"".join(received)
    assert raw, f"no answer to {request[:200]!r}"
    head = raw.split(b"\r\n\r\n", 1)[0]
    response = http.client.HTTPResponse(_Received(raw), method=method)
    response.begin()
    try:
        body = response.read()
    except http.client.IncompleteRead as exc:
        body = exc.partial
    return Answer(response.status, list(response.getheaders()), head, body)
