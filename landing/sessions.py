"""Signed session cookies: who signed in, with a lifetime, an idle timeout and sign-out.

The cookie holds the identity itself (signed with DASHFLEET_SECRET_KEY, so the gateway's auth
check needs no lookup), plus a random session id; signing out records the id as revoked until
the session would have expired anyway, so a copied cookie stops working too. Revocations live in
DASHFLEET_STATE_DIR (one file per id): a folder that outlives the process (make run: the
project's .dashfleet/state; containers: a volume), shared between landing replicas.

A session made from a built-in account carries that account's stamp (a digest of its password
hash, groups and email): removing the account, or changing any of those, ends its sessions at the
next check (`stamp_of` returns None or another stamp).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "dashfleet_session"
REFRESH_AFTER = 60  # seconds: how stale "last seen" may get before the cookie is re-issued
_SID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass(frozen=True)
class Session:
    sid: str
    user: str
    groups: tuple[str, ...]
    email: str
    issued: float
    seen: float
    stamp: str = ""


class Sessions:
    def __init__(
        self,
        secret: str,
        *,
        lifetime: float,
        idle: float,
        state_dir: Path,
        stamp_of: Callable[[str], str | None] | None = None,
    ):
        self._signer = URLSafeTimedSerializer(secret, salt="dashfleet-session")
        self.lifetime, self.idle = lifetime, idle
        self.revoked_dir = Path(state_dir) / "revoked"
        # Built-in accounts: the current stamp of a user's account (None: no such account).
        self.stamp_of = stamp_of

    def issue(
        self, user: str, groups=(), email: str = "", *, sid=None, issued=None, seen=None, stamp: str = ""
    ) -> str:
        seen = seen or time.time()
        return self._signer.dumps(
            {
                "sid": sid or secrets.token_urlsafe(24),
                "user": user,
                "groups": list(groups),
                "email": email,
                "iat": issued or seen,
                "seen": seen,
                "stamp": stamp,
            }
        )

    def read(self, cookie: str | None) -> Session | None:
        """The session in `cookie`, if it is genuine, not expired, not idle too long, not revoked."""
        if not cookie:
            return None
        try:
            data = self._signer.loads(cookie, max_age=self.lifetime)
            session = Session(
                data["sid"],
                data["user"],
                tuple(data["groups"]),
                data["email"],
                float(data["iat"]),
                float(data["seen"]),
                str(data.get("stamp", "")),
            )
        except (BadSignature, KeyError, TypeError, ValueError):
            return None
        now = time.time()
        if now - session.issued > self.lifetime or now - session.seen > self.idle:
            return None
        if not _SID.match(session.sid) or (self.revoked_dir / session.sid).exists():
            return None
        if self.stamp_of is not None and (not session.stamp or self.stamp_of(session.user) != session.stamp):
            return None  # the account is gone, or its password, groups or email changed
        return session

    def refreshed(self, session: Session) -> str | None:
        """A new cookie with "last seen" moved to now, when it is worth re-issuing."""
        if time.time() - session.seen < REFRESH_AFTER:
            return None
        return self.issue(
            session.user,
            session.groups,
            session.email,
            sid=session.sid,
            issued=session.issued,
            stamp=session.stamp,
        )

    def revoke(self, session: Session) -> None:
        self.revoked_dir.mkdir(parents=True, exist_ok=True)
        (self.revoked_dir / session.sid).write_text(str(session.issued + self.lifetime))
        self._prune()

    def _prune(self) -> None:
        """Forget revocations of sessions that have expired anyway."""
        now = time.time()
        for entry in self.revoked_dir.iterdir():
            try:
                if float(entry.read_text() or 0) < now:
                    entry.unlink()
            except (OSError, ValueError):
                continue


def account_stamp(password_hash: str, groups, email: str) -> str:
    """What a session remembers of its account: any change to these ends the session."""
    material = "\n".join([password_hash, ",".join(sorted(groups)), email])
    return hashlib.sha256(material.encode()).hexdigest()[:32]


def from_environment(state_dir_default: str, stamp_of: Callable[[str], str | None] | None = None) -> Sessions:
    return Sessions(
        os.environ["DASHFLEET_SECRET_KEY"],
        lifetime=float(os.environ.get("DASHFLEET_SESSION_LIFETIME", 8 * 3600)),
        idle=float(os.environ.get("DASHFLEET_SESSION_IDLE", 3600)),
        state_dir=Path(os.environ.get("DASHFLEET_STATE_DIR") or state_dir_default),
        stamp_of=stamp_of,
    )
