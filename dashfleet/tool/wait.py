"""Readiness waits: poll a condition until it holds or a deadline passes (never a bare sleep);
and the HTTP probes they poll, over TCP (the gateway) or a Unix socket (a service in process
mode, which listens on nothing else)."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class WaitTimeout(TimeoutError):
    pass


def until(condition: Callable[[], object], timeout: float, poll: float = 0.05, what: str = "") -> object:
    """Return condition()'s first truthy value; raise WaitTimeout after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise WaitTimeout(f"gave up after {timeout:g}s waiting for {what or condition}")
        time.sleep(poll)


def http_status(url: str, timeout: float = 1.0) -> int | None:
    """The HTTP status of GET url, or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return None


def http_ok(url: str, timeout: float = 1.0) -> bool:
    return http_status(url, timeout) == 200


class UnixHTTPConnection(http.client.HTTPConnection):
    """http.client over a Unix socket: the connection opens the socket file; the host name only
    fills the Host header."""

    def __init__(self, socket_path: str | Path, timeout: float = 1.0):
        super().__init__("localhost", timeout=timeout)
        self.socket_path = str(socket_path)

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.socket_path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


@dataclass(frozen=True)
class Reply:
    status: int
    headers: http.client.HTTPMessage  # case-insensitive, as a client reads them
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def unix_get(
    socket_path: str | Path, path: str, *, timeout: float = 5.0, headers: dict[str, str] | None = None
) -> Reply:
    """GET `path` from the HTTP server on `socket_path`. Raises OSError when nothing answers."""
    conn = UnixHTTPConnection(socket_path, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return Reply(resp.status, resp.headers, resp.read())
    finally:
        conn.close()


def unix_status(socket_path: str | Path, path: str, timeout: float = 1.0) -> int | None:
    """The HTTP status of GET path over the Unix socket, or None when nothing answers."""
    try:
        return unix_get(socket_path, path, timeout=timeout).status
    except (OSError, http.client.HTTPException):
        return None


def unix_ok(socket_path: str | Path, path: str, timeout: float = 1.0) -> bool:
    return unix_status(socket_path, path, timeout) == 200
