"""The requirements.txt an adopted app's service gets: the app's own (or the file --requirements
names), else one inferred from its imports; plus the stubs its Dash 1 imports need; with the pins
that cannot install here refused, or replaced under --relax; and the runtime it runs on, shared
or its own (app_environment.py). Decided before anything is written, so a refusal leaves nothing
to undo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from dashfleet.registry import SHARED, RegistryError
from dashfleet.tool import app_environment, imports, shared_pins

HEADER = "# This dashboard's own packages, beyond the shared runtime (requirements.lock).\n"


@dataclass(frozen=True)
class Plan:
    text: str  # the service's requirements.txt
    notes: list[str]  # what was decided and why, one line each, for the person adding the app
    runtime: str = SHARED  # the registry's runtime: "shared", or "own" when its pins need one
    dash: str = ""  # the Dash release of an environment of its own


def plan(source: Path, lock: Path, *, explicit: Path | None = None, relax: bool = False) -> Plan:
    """Raises RegistryError (one line naming the pins and the fix) for a pin the fleet cannot honour
    without --relax."""
    if explicit is not None:
        explicit = Path(explicit)
        if not explicit.is_file():
            raise RegistryError(f"--requirements {explicit}: no such file")
        given, origin = explicit.read_text(encoding="utf-8"), explicit.name
        notes = [f"requirements.txt: copied from {explicit}"]
    elif source.is_dir() and (source / "requirements.txt").is_file():
        given, origin = (source / "requirements.txt").read_text(encoding="utf-8"), "requirements.txt"
        notes = []
    else:
        return _inferred(source, lock)

    listed = shared_pins.listed(given)
    stubs = [s for s in imports.dash1_stubs(source) if _name(s.requirement) not in listed]
    text = given
    if stubs:
        text = text.rstrip("\n") + "\n" if text.strip() else HEADER
        text += "# Added by dashfleet add for the app's Dash 1 imports:\n"
        text += "".join(f"{s.requirement}  # {s.why}\n" for s in stubs)
        notes += [_note(s, "added") for s in stubs]
    choice = app_environment.choose(text, lock, relax=relax, origin=origin)
    return Plan(choice.text, notes + choice.notes, choice.runtime, choice.dash)


def _inferred(source: Path, lock: Path) -> Plan:
    found = imports.infer(source, lock)
    text = HEADER + "# Inferred by dashfleet add from the app's imports (it had no requirements.txt).\n"
    text += "".join(f"{i.requirement}  # {i.why}\n" for i in found)
    notes = [_note(i, "inferred") for i in found] or [
        "requirements.txt: nothing beyond the shared runtime (inferred: the app imports only the "
        "standard library, its own modules and the shared runtime's packages)"
    ]
    choice = app_environment.choose(text, lock)
    return Plan(choice.text, notes + choice.notes, choice.runtime, choice.dash)


def _note(item: imports.Inferred, how: str) -> str:
    stub = imports.stub_note(item.requirement)
    return f"requirements.txt: {item.requirement} ({how}: {item.why}{': ' + stub if stub else ''})"


def _name(requirement: str) -> str:
    return canonicalize_name(Requirement(requirement).name)
