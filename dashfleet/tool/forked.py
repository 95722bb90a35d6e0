"""The Fleet's side of the zygote (dashfleet/tool/zygote.py): start it, ask it to fork services,
and watch them through objects that answer like `subprocess.Popen` (pid, poll, wait,
send_signal, kill), so the Fleet stops and supervises a forked service as it does any process.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

READY_TIMEOUT = 60.0  # the zygote's imports on a cold, busy 2-core machine


class ZygoteError(RuntimeError):
    pass


class Zygote:
    def __init__(
        self, *, env: dict[str, str], cwd: Path, imports: tuple[str, ...] = (), keep_fds: list[int] = ()
    ):
        """`keep_fds`: the listening sockets of on-demand services, for the zygote's children."""
        ours, theirs = socket.socketpair()
        self._popen = subprocess.Popen(
            [sys.executable, "-m", "dashfleet.tool.zygote", str(theirs.fileno()), *imports],
            env=env,
            cwd=cwd,
            pass_fds=(theirs.fileno(), *keep_fds),
            start_new_session=True,
        )
        theirs.close()
        self._sock = ours
        self._buffer = b""
        self._codes: dict[int, int] = {}  # pid -> exit code, as the zygote reports them

    @property
    def pid(self) -> int:
        return self._popen.pid

    def alive(self) -> bool:
        return self._popen.poll() is None

    def spawn(
        self,
        argv: list[str],
        *,
        env: dict[str, str],
        cwd: Path,
        log: Path | None,
        listen_fd: int | None = None,
        close_fds: list[int] = (),
    ) -> ForkedProcess:
        order = {
            "argv": argv,
            "env": env,
            "cwd": str(cwd),
            "log": str(log) if log else None,
            "listen_fd": listen_fd,
            "close_fds": list(close_fds),
        }
        self._sock.sendall(json.dumps(order).encode() + b"\n")
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            for message in self._read(timeout=1.0):
                if "pid" in message:
                    return ForkedProcess(message["pid"], self)
            if self._popen.poll() is not None:
                raise ZygoteError(f"the zygote exited ({self._popen.returncode}) before forking")
        raise ZygoteError(f"the zygote did not fork within {READY_TIMEOUT:g}s")

    def returncode(self, pid: int) -> int | None:
        self._read(timeout=0)
        if pid in self._codes:
            return self._codes[pid]
        if self._popen.poll() is not None:  # zygote gone: its children were stopped with it
            return self._codes.setdefault(pid, -signal.SIGKILL)
        return None

    def _read(self, timeout: float) -> list[dict]:
        """Messages that have arrived (waiting up to `timeout` for the first); exits recorded."""
        self._sock.settimeout(timeout if timeout > 0 else 0.0)
        try:
            chunk = self._sock.recv(65536)
        except (BlockingIOError, TimeoutError):
            chunk = None
        except OSError:
            chunk = b""
        if chunk == b"":
            return []
        self._buffer += chunk or b""
        *lines, self._buffer = self._buffer.split(b"\n")
        messages = [json.loads(line) for line in lines if line]
        for message in messages:
            if "exited" in message:
                self._codes[message["exited"]] = message["code"]
        return messages

    def stop(self, timeout: float = 5.0) -> None:
        """Close our end: the zygote stops whatever child is left and exits."""
        self._sock.close()
        try:
            self._popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._popen.kill()
            self._popen.wait(timeout=5)


class ForkedProcess:
    """A service forked by the zygote, with the part of Popen's interface the Fleet uses."""

    def __init__(self, pid: int, zygote: Zygote):
        self.pid = pid
        self.returncode: int | None = None
        self._zygote = zygote

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._zygote.returncode(self.pid)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = time.monotonic() + (timeout if timeout is not None else 3600)
        while self.poll() is None:
            if time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)
