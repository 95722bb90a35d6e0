"""Which runtime an adopted app gets, and what its requirements.txt needs to install here.

- The server is dashfleet's: a pin of gunicorn is dropped (the layer's gunicorn serves the app).
- A Dash below 2.0 (and Dash 1's own component packages) cannot be served; `--relax` takes the
  nearest Dash the layer serves, whose stubs carry the app's Dash 1 imports.
- An exact pin with no wheel for this interpreter cannot be installed (the services install wheels
  only); `--relax` takes the nearest release at or above it that has one.
- Then: the shared runtime when the requirements fit its pins (the zygote forks it, nothing to
  build), else an environment of its own (registry `runtime = "own"`), with the packages its Dash
  release needs but does not declare.
Every change is written into the requirements.txt with the reason, and printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from dashfleet.locks import constraints
from dashfleet.registry import OWN, SHARED, RegistryError
from dashfleet.tool import environments, imports, shared_pins
from dashfleet.tool.environments import BuildError

RELAXED = "dashfleet add --relax"
SERVER_PACKAGES = {"gunicorn"}  # dashfleet runs the server; the app's own pin of it is moot
SUPPORTED_DASH = (2, 0, 0)
# Releases of Dash, Flask and pandas that import what they do not declare, or what later releases of
# their dependencies removed: (package, first release, first release without the need,
# requirement, why). Checked against the versions an environment resolves to.
COMPANIONS = (
    ("dash", (2, 0, 0), (2, 1, 0), "werkzeug<2.1",
     "Dash before 2.1 imports get_current_traceback, gone in Werkzeug 2.1"),
    ("dash", (2, 0, 0), (2, 7, 0), "flask<2.3",
     "Dash before 2.7 calls Flask's before_first_request, gone in Flask 2.3"),
    ("dash", (2, 0, 0), (2, 7, 0), "werkzeug<2.3",
     "Flask 2.2 (for Dash before 2.7) does not work with Werkzeug 2.3 and later"),
    ("dash", (2, 0, 0), (2, 14, 0), "setuptools<81",
     "Dash before 2.14 imports pkg_resources (setuptools) without declaring it"),
    ("flask", (1, 0, 0), (2, 0, 0), "jinja2<3.1",
     "Flask 1 imports jinja2.Markup and escape, gone in Jinja2 3.1"),
    ("flask", (1, 0, 0), (2, 0, 0), "itsdangerous<2.1",
     "Flask 1 imports itsdangerous.json, gone in itsdangerous 2.1"),
    ("flask", (1, 0, 0), (2, 1, 0), "werkzeug<2.1",
     "Flask before 2.1 imports what Werkzeug 2.1 removed"),
    ("pandas", (0, 0, 0), (2, 2, 2), "numpy<2",
     "pandas before 2.2.2 was built against numpy 1, whose binary interface numpy 2 changed"),
)  # fmt: skip
_NO_WHEEL = (
    re.compile(r"Because ([A-Za-z0-9._-]+)==(\S+) has no usable wheels"),
    re.compile(r"there is no version of ([A-Za-z0-9._-]+)==(\S+?)[ ,.]"),
)


@dataclass
class Choice:
    text: str
    runtime: str = SHARED
    notes: list[str] = field(default_factory=list)
    dash: str = ""  # the Dash release an environment of its own resolves to ("" on the shared one)


def choose(text: str, lock: Path, *, relax: bool = False, origin: str = "requirements.txt") -> Choice:
    """Raises RegistryError (one line) when the requirements cannot install, naming the
    requirement, what was asked and what there is."""
    choice = Choice(text)
    _drop_server_pins(choice, origin)
    _old_dash(choice, relax, origin)
    _pins_without_wheels(choice, relax, origin)
    fits = not shared_pins.conflicts(choice.text, imports.shared_versions(lock))
    if fits and _resolves(choice.text, constraints(*shared_locks(lock))):
        return choice
    choice.runtime = OWN
    try:
        versions = environments.resolve(choice.text)
    except BuildError as exc:
        raise RegistryError(f"{origin} does not install: {exc}") from None
    choice.notes.append(
        f"{origin}: its pins do not fit the shared runtime (requirements.lock): it gets an "
        f'environment of its own (runtime = "own", Dash {versions.get("dash", "?")})'
    )
    choice.dash = versions.get("dash", "")
    _companions(choice, versions, origin)
    return choice


def compiles_shaders(dash_version: str) -> bool:
    """Whether dcc.Graph draws with a plotly.js that compiles its WebGL shaders with Function:
    Dash 2's dcc carries its own (dashfleet's strict bundle stands in from Dash 3: dash_compat)."""
    return bool(dash_version) and _tuple(dash_version) < (3, 0, 0)


def shared_locks(lock: Path) -> list[Path]:
    """Every pin of the shared environment: the runtime's lock, and beside it the tools' lock
    (`make run` shares the one .venv with them) and each service's own requirements.lock."""
    root = lock.parent
    dev = root / "requirements-dev.lock"
    return [lock, *([dev] if dev.is_file() else []), *sorted(root.glob("*/requirements.lock"))]


def _resolves(text: str, shared_constraints: str) -> bool:
    try:
        environments.resolve(text, constraints=shared_constraints, layer=False)
    except BuildError:
        return False
    return True


def _requirements(text: str):
    """(line index, Requirement) for each plain requirement line."""
    for index, line in enumerate(text.splitlines()):
        body = re.sub(r"(^|\s)#.*$", "", line).strip()
        if not body or body.startswith("-") or body.endswith("\\"):
            continue
        try:
            yield index, Requirement(body)
        except InvalidRequirement:
            continue


def _replace(choice: Choice, index: int, new: str | None, why: str) -> None:
    lines = choice.text.splitlines()
    old = re.sub(r"(^|\s)#.*$", "", lines[index]).strip()
    lines[index] = f"{new}  # was {old}: {why}" if new else f"# {old}: {why}"
    choice.text = "\n".join(lines) + "\n"


def _drop_server_pins(choice: Choice, origin: str) -> None:
    for index, req in list(_requirements(choice.text)):
        if canonicalize_name(req.name) in SERVER_PACKAGES and req.specifier:
            why = "dashfleet runs the server (its own gunicorn)"
            _replace(choice, index, None, why)
            choice.notes.append(f"{origin}: {req} dropped: {why}")


def _old_dash(choice: Choice, relax: bool, origin: str) -> None:
    """Dash below 2.0, and Dash 1's component packages at their Dash 1 releases."""
    old = []
    for index, req in _requirements(choice.text):
        name = canonicalize_name(req.name)
        pinned = _exact(req)
        if name == "dash" and pinned and _tuple(pinned) < SUPPORTED_DASH:
            old.append((index, req, "dash>=2.0", "dashfleet serves Dash 2.0 and later"))
        elif name in shared_pins.STUBS and pinned:
            version, module = shared_pins.STUBS[name]
            if pinned != version:
                old.append((index, req, f"{req.name}=={version}", f"the stub that re-exports {module}"))
        elif name == "dash-renderer" and pinned:
            old.append((index, req, None, "Dash 2 and later carry their own renderer"))
    if old and not relax:
        asked = ", ".join(str(req) for _, req, _, _ in old)
        raise RegistryError(
            f"{origin} asks for Dash 1 ({asked}): dashfleet serves Dash 2.0 and later; pass --relax "
            "to take the nearest Dash 2 (its stub packages carry the app's Dash 1 imports)"
        )
    for index, req, new, why in old:
        if new == "dash>=2.0":
            new = f"dash=={_lowest(choice.text, index, 'dash>=2.0')}"
        _replace(choice, index, new, f"{why} ({RELAXED})")
        choice.notes.append(f"{origin}: {req} -> {new or 'dropped'}: {why}")


def _pins_without_wheels(choice: Choice, relax: bool, origin: str) -> None:
    """Exact pins that have no wheel for this interpreter, one at a time (bounded by the pins)."""
    for _ in range(sum(1 for _ in _requirements(choice.text)) + 1):
        try:
            environments.resolve(choice.text, layer=False)
            return
        except BuildError as exc:
            found = _unavailable(str(exc), choice.text)
            if found is None:
                return  # another kind of failure: the runtime choice reports it
            index, req = found
            if not relax:
                nearest = _lowest(choice.text, index, f"{req.name}>={_exact(req)}", default=None)
                there = f"the nearest that has one is {nearest}" if nearest else "no later release has one"
                raise RegistryError(
                    f"{origin}: {req} has no wheel for this Python (the services install wheels "
                    f"only); {there}: pass --relax to take it, or change the pin"
                ) from None
            nearest = _lowest(choice.text, index, f"{req.name}>={_exact(req)}")
            _replace(choice, index, f"{req.name}=={nearest}", f"no wheel for this Python ({RELAXED})")
            choice.notes.append(f"{origin}: {req} -> {req.name}=={nearest}: the nearest release with a wheel")


def _unavailable(message: str, text: str):
    for pattern in _NO_WHEEL:
        match = pattern.search(message)
        if match:
            name = canonicalize_name(match.group(1))
            for index, req in _requirements(text):
                if canonicalize_name(req.name) == name and _exact(req):
                    return index, req
    return None


def _lowest(text: str, index: int, wanted: str, default="raise") -> str | None:
    """The lowest release `wanted` allows that installs here with the rest of `text`."""
    lines = text.splitlines()
    lines[index] = wanted
    name = canonicalize_name(Requirement(wanted).name)
    try:
        return environments.resolve("\n".join(lines) + "\n", layer=False, lowest=True)[name]
    except (BuildError, KeyError):
        try:  # alone, when the rest does not install either (reported on its own later)
            return environments.resolve(wanted + "\n", layer=False, lowest=True)[name]
        except (BuildError, KeyError) as exc:
            if default != "raise":
                return default
            raise RegistryError(f"{wanted}: no release installs here ({exc})") from None


def _companions(choice: Choice, versions: dict[str, str], origin: str) -> None:
    """Add what the resolved Dash, Flask and pandas need; again on the new resolution (bounded)."""
    added = []
    for _ in range(len(COMPANIONS)):
        listed = {canonicalize_name(req.name) for _, req in _requirements(choice.text)}
        new = [
            (requirement, why)
            for package, low, high, requirement, why in COMPANIONS
            if package in versions
            and low <= _tuple(versions[package]) < high
            and canonicalize_name(Requirement(requirement).name) not in listed
        ]
        new = list({Requirement(r).name: (r, w) for r, w in reversed(new)}.values())[::-1]  # one per package
        if not new:
            break
        if not added:
            choice.text = (
                choice.text.rstrip("\n") + "\n# Added by dashfleet add, for the releases it resolves to:\n"
            )
        choice.text += "".join(f"{requirement}  # {why}\n" for requirement, why in new)
        choice.notes += [f"{origin}: {requirement} added: {why}" for requirement, why in new]
        added += new
        try:
            versions = environments.resolve(choice.text)
        except BuildError as exc:
            raise RegistryError(f"{origin} does not install with what its Dash needs: {exc}") from None


def _exact(req: Requirement) -> str | None:
    specs = list(req.specifier)
    if len(specs) == 1 and specs[0].operator in ("==", "===") and "*" not in specs[0].version:
        return specs[0].version
    return None


def _tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])
