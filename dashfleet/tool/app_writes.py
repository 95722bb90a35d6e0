"""What an app writes beside itself, read from its source (never run): the registry's `writable`
that `dashfleet add` writes for it, each path with the file and line that writes it.

Seen: `sqlite:///relative.db` URLs (SQLAlchemy), `sqlite3.connect("relative.db")`, diskcache's
`Cache("./cache")` / `FanoutCache(...)` (background callbacks' `DiskcacheManager`), Flask-Caching's
`"CACHE_DIR": "cache-directory"`, and `open("relative", "w")`. Only literal paths: one the app
builds at run time is not seen (the README says so, and how to add it by hand).
"""

from __future__ import annotations

import ast
import posixpath
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from dashfleet.registry import writable_problem

_DISKCACHE = {"Cache", "FanoutCache"}
_WRITE_MODES = set("wax+")
_OUTSIDE = "outside the app's folder (in the containers only /tmp is writable, emptied at each start)"


@dataclass
class Writes:
    entries: list[str] = field(default_factory=list)  # for the registry, outer folders first
    notes: list[str] = field(default_factory=list)  # one line per decision, for the person adding


def scan(source: Path) -> Writes:
    """The paths the app at `source` (a folder, or one .py file) writes relative to its folder."""
    top = source.parent if source.is_file() else source
    files = [source] if source.is_file() else sorted(source.rglob("*.py"))
    found: dict[str, str] = {}  # entry -> where and how
    skipped: list[str] = []
    for path in files:
        rel = path.relative_to(top)
        if "tests" in rel.parts[:-1] or any(p.startswith(".") for p in rel.parts):
            continue
        try:
            with warnings.catch_warnings():  # old apps' "\[" escapes: a warning, not our business
                warnings.simplefilter("ignore", SyntaxWarning)
                warnings.simplefilter("ignore", DeprecationWarning)  # (its name before 3.12)
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        for line, raw, kind, how in _writes_in(tree):
            if raw.split("?", 1)[0] in ("", ":memory:") or raw.startswith("file:"):
                continue  # in memory, or a URI we do not read
            where = f"{rel}:{line} {how}"
            entry = _entry(raw, kind)
            problem = writable_problem(entry) if entry else _OUTSIDE
            if problem:
                skipped.append(f"{raw!r} ({where}): {problem}")
            else:
                found.setdefault(entry, where)
    return _result(found, skipped)


def _result(found: dict[str, str], skipped: list[str]) -> Writes:
    writes = Writes()
    # An entry inside another one (cache/ and cache/x.db) is covered by the outer one.
    for entry in sorted(found, key=lambda e: (e.rstrip("/").count("/"), e)):
        path = entry.rstrip("/") + "/"
        if any(path.startswith(outer.rstrip("/") + "/") for outer in writes.entries):
            continue
        writes.entries.append(entry)
        writes.notes.append(
            f"writable: {entry} ({found[entry]}): it lives in the dashboard's data folder, kept across "
            "restarts and redeploys"
        )
    writes.entries.sort()
    writes.notes.extend(f"not made writable: {line}" for line in skipped)
    return writes


def _entry(raw: str, kind: str) -> str | None:
    """The registry's form of a path the app names, or None when it is not inside its folder."""
    path = raw.split("?", 1)[0]
    if path.startswith("/"):
        return None
    path = posixpath.normpath(path)
    if path == "." or path.startswith(".."):
        return None
    return path + "/" if kind == "folder" else path


def _writes_in(tree: ast.AST):
    """(line, path, "file" | "folder", how) for each write the module spells out literally."""
    imports_diskcache = any(
        (isinstance(n, ast.Import) and any(a.name == "diskcache" for a in n.names))
        or (isinstance(n, ast.ImportFrom) and n.module == "diskcache")
        for n in ast.walk(tree)
    )
    for node in ast.walk(tree):
        text = _text(node)
        if text is not None and text.startswith("sqlite:///"):
            yield node.lineno, text.removeprefix("sqlite:///"), "file", "opens a SQLite URL"
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if _text(key) == "CACHE_DIR" and _text(value) is not None:
                    yield node.lineno, _text(value), "folder", "sets a Flask-Caching CACHE_DIR"
        if not isinstance(node, ast.Call):
            continue
        name, owner = _called(node)
        first = _text(node.args[0]) if node.args else None
        if name == "connect" and owner == "sqlite3" and first is not None:
            yield node.lineno, first, "file", "opens a SQLite file"
        elif name in _DISKCACHE and imports_diskcache:
            directory = first if first is not None else _keyword(node, "directory")
            if directory is not None:
                yield node.lineno, directory, "folder", f"makes a diskcache {name}"
        elif name == "open" and owner is None and first is not None:
            mode = _text(node.args[1]) if len(node.args) > 1 else _keyword(node, "mode")
            if mode and _WRITE_MODES & set(mode):
                yield node.lineno, first, "file", f"opens a file to write ({mode!r})"


def _text(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keyword(call: ast.Call, name: str) -> str | None:
    return next((_text(k.value) for k in call.keywords if k.arg == name), None)


def _called(call: ast.Call) -> tuple[str | None, str | None]:
    """(function name, the name it is an attribute of): ("connect", "sqlite3"), ("open", None)."""
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return func.attr, owner
    return (func.id, None) if isinstance(func, ast.Name) else (None, None)
