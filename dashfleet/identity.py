"""Who is looking at a dashboard, when sign-in is on: `dashfleet.identity.current()` in a callback
or layout function.

A dashboard believes only what the gateway vouches for. The landing service's check signs the
visitor's identity for the one dashboard the request landed in (Ed25519, a key derived from
DASHFLEET_SECRET_KEY, valid for a minute) and the gateway forwards it as X-Dashfleet-Identity; each
dashboard verifies it with the public key, which cannot sign. So a process or container that
reaches a dashboard without the gateway, or another dashboard, cannot pose as anybody: a forged,
expired or other dashboard's assertion reads as nobody. (The gateway also sets the plain
X-Forwarded-User/-Groups/-Email, for logs and apps that read them; they prove nothing.)

The public key reaches a dashboard as DASHFLEET_IDENTITY_KEY (make run sets it), or is fetched once
from DASHFLEET_IDENTITY_KEY_URL (containers: the gateway's internal port, which asks the landing).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import threading
import time
import urllib.request
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

HEADER = "X-Dashfleet-Identity"
LIFETIME = 60  # seconds: well over the gateway's verdict cache, short for a replayed header
log = logging.getLogger("dashfleet")


@dataclass(frozen=True)
class Identity:
    user: str
    groups: tuple[str, ...] = ()
    email: str = ""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signing_key(secret: str) -> Ed25519PrivateKey:
    """The landing service's key, derived from the site secret (nothing more to configure)."""
    seed = HKDF(hashes.SHA256(), 32, salt=None, info=b"dashfleet identity v1").derive(secret.encode())
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_text(secret: str) -> str:
    raw = signing_key(secret).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return _b64(raw)


def sign(key: Ed25519PrivateKey, board: str, user: str, groups, email: str, now: float | None = None) -> str:
    claims = {"b": board, "u": user, "g": list(groups), "e": email, "x": int((now or time.time()) + LIFETIME)}
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    return f"{payload}.{_b64(key.sign(payload.encode()))}"


def verify(public_key: str, token: str, board: str, now: float | None = None) -> Identity | None:
    """The identity in `token` if the landing signed it for `board` and it has not expired."""
    try:
        payload, signature = token.split(".")
        Ed25519PublicKey.from_public_bytes(_unb64(public_key)).verify(_unb64(signature), payload.encode())
        claims = json.loads(_unb64(payload))
        if claims["b"] != board or claims["x"] < (now or time.time()):
            return None
        return Identity(str(claims["u"]), tuple(str(g) for g in claims["g"]), str(claims["e"]))
    except (ValueError, KeyError, TypeError, InvalidSignature, binascii.Error):
        return None


class _PublicKey:
    """The verifying key, from the environment or fetched once (again at most every 10 s while
    the landing cannot be reached)."""

    RETRY = 10.0

    def __init__(self):
        self._key: str | None = None
        self._tried = float("-inf")
        self._lock = threading.Lock()

    def get(self) -> str | None:
        key = self._key or os.environ.get("DASHFLEET_IDENTITY_KEY")
        if key:
            return key
        url = os.environ.get("DASHFLEET_IDENTITY_KEY_URL")
        if not url:
            return None
        with self._lock:
            if self._key is None and time.monotonic() - self._tried >= self.RETRY:
                self._tried = time.monotonic()
                try:
                    with urllib.request.urlopen(url, timeout=2) as resp:
                        self._key = resp.read().decode().strip() or None
                except OSError as exc:
                    log.warning("identity: cannot fetch the public key from %s (%s)", url, exc)
        return self._key


_public_key = _PublicKey()


def current() -> Identity | None:
    """The signed-in visitor of this request, or None (anonymous, sign-in off, or an identity the
    gateway did not vouch for)."""
    from flask import has_request_context, request

    if not has_request_context():
        return None
    token = request.headers.get(HEADER)
    if not token:
        return None
    key = _public_key.get()
    board = os.environ.get("DASHFLEET_NAME", "")
    return verify(key, token, board) if key and board else None
