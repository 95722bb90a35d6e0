"""The built-in accounts (DASHFLEET_AUTH=accounts): a JSON file of users, each with an argon2 hash
and its groups. `python -m dashfleet users add NAME --groups a,b` manages it; the landing page
reads it to sign people in. Written atomically, readable by the service only (mode 0600)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
GROUP = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MIN_PASSWORD = 8
_hasher = PasswordHasher()
# Checked against when the user does not exist, so a wrong name costs the same time as a wrong
# password (no telling which names exist).
_DUMMY = _hasher.hash("dashfleet: no such user")


class UsersError(ValueError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    groups: tuple[str, ...] = ()
    email: str = ""
    password_hash: str = field(default="", repr=False)


def default_path() -> Path:
    return Path(os.environ.get("DASHFLEET_USERS") or "users.json")


def load(path: Path | None = None) -> dict[str, User]:
    path = Path(path or default_path())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise UsersError(f"{path}: cannot read the users file ({exc})") from exc
    return {
        name: User(name, tuple(u.get("groups", ())), u.get("email", ""), u["password_hash"])
        for name, u in data.get("users", {}).items()
    }


class AccountsFile:
    """The users file as the landing service reads it: read again whenever it changed on disk
    (`users add|remove|set-password` replace it atomically), so a change counts at the next check."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._seen: tuple | None = None
        self._users: dict[str, User] = {}

    def users(self) -> dict[str, User]:
        try:
            st = self.path.stat()
            seen = (st.st_ino, st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            seen = None
        if seen != self._seen:
            self._users, self._seen = (load(self.path) if seen else {}), seen
        return self._users


def save(users: dict[str, User], path: Path | None = None) -> None:
    path = Path(path or default_path())
    data = {
        "users": {
            u.name: {"password_hash": u.password_hash, "groups": list(u.groups), "email": u.email}
            for u in sorted(users.values(), key=lambda u: u.name)
        }
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2)
        out.write("\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def add(users: dict[str, User], name: str, password: str, groups=(), email: str = "") -> dict[str, User]:
    if not NAME.match(name):
        raise UsersError(f"user name {name!r}: letters, digits, '_', '.', '@' and '-', up to 64")
    bad = [g for g in groups if not GROUP.match(g)]
    if bad:
        raise UsersError(f"group name(s) {', '.join(map(repr, bad))}: letters, digits, '_', '.' and '-'")
    if len(password) < MIN_PASSWORD:
        raise UsersError(f"the password must have at least {MIN_PASSWORD} characters")
    return {**users, name: User(name, tuple(groups), email, _hasher.hash(password))}


def verify(users: dict[str, User], name: str, password: str) -> User | None:
    """The user, if the password is theirs; None otherwise (in the same time either way)."""
    user = users.get(name)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return user
