"""An app's requirements.txt against the shared runtime: which pins cannot be honoured, and what
`dashfleet add --relax` writes instead.

Every dashboard runs on the shared runtime (requirements.lock: dash, plotly, flask...), so a pin
of one of its packages that excludes the shared version cannot be installed (`dash==1.19.0`
against the fleet's dash 4.4.1). Dash 1's component packages (dash-core-components...) are not in
the runtime, but only their last releases work with it: stubs that re-export Dash's own modules.
Pure functions on the text; pip is not asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from dashfleet.tool.imports import DASH1_STUBS

STUBS = {package: (version, module) for package, version, module in DASH1_STUBS.values()}
_COMMENT = re.compile(r"(^|\s)#.*$")


@dataclass(frozen=True)
class Conflict:
    first: int  # the line range of the requirement in the file (continuation lines included)
    last: int
    asked: str  # the requirement as written, e.g. "dash==1.19.0"
    has: str  # what the fleet has, e.g. "dash 4.4.1"
    replacement: str  # the line --relax writes
    why: str  # why the replacement serves the app

    def describe(self) -> str:
        return f"{self.asked} (the fleet has {self.has})"


def conflicts(text: str, shared: dict[str, str]) -> list[Conflict]:
    """The requirements in `text` that exclude the version the fleet has. `shared` is
    {canonical name: version} of the shared runtime. Lines pip reads but that are not a plain
    requirement (options, URLs, markers that do not apply here) are left to pip."""
    found = []
    for first, last, line in _requirements(text):
        try:
            req = Requirement(line)
        except InvalidRequirement:
            continue
        if req.url or (req.marker is not None and not req.marker.evaluate()):
            continue
        name = canonicalize_name(req.name)
        extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
        if name in shared:
            version = shared[name]
            has = f"{name} {version}"
            replacement = f"{req.name}{extras}"  # no version: whatever the shared runtime pins
            why = "every dashboard runs on the shared runtime"
        elif name in STUBS:
            version, module = STUBS[name]
            has = f"the {name} {version} stub"
            replacement = f"{req.name}{extras}=={version}"
            why = f"the stub that re-exports {module} from the shared Dash"
        else:
            continue
        if req.specifier and not req.specifier.contains(version, prereleases=True):
            found.append(Conflict(first, last, line, has, replacement, why))
    return found


def refusal(found: list[Conflict], filename: str = "requirements.txt") -> str:
    """The one line `add` fails with when it may not relax the pins."""
    asked = ", ".join(c.describe() for c in found)
    return (
        f"Cannot install {asked} from {filename}: the fleet runs every dashboard on its shared runtime "
        "(requirements.lock); pass --relax to take the fleet's versions, or change the pins"
    )


def relax(text: str, found: list[Conflict]) -> str:
    """`text` with each conflicting requirement replaced, the original kept in a comment."""
    lines = text.splitlines()
    for c in sorted(found, key=lambda c: c.first, reverse=True):
        lines[c.first : c.last + 1] = [f"{c.replacement}  # was {c.asked}: dashfleet add --relax"]
    return "\n".join(lines) + "\n"


def change_note(c: Conflict, filename: str = "requirements.txt") -> str:
    """How `add --relax` reports one change."""
    if "==" not in c.replacement:  # the shared runtime's own package
        return f"{filename}: {c.asked} -> (shared) {c.has}: {c.why}"
    return f"{filename}: {c.asked} -> {c.replacement}: {c.why}"


def listed(text: str) -> set[str]:
    """The canonical names of the packages `text` requires."""
    names = set()
    for _, _, line in _requirements(text):
        try:
            names.add(canonicalize_name(Requirement(line).name))
        except InvalidRequirement:
            continue
    return names


def _requirements(text: str):
    """(first line, last line, requirement) for each logical line that is not an option or a
    comment; a trailing backslash continues a line, as pip reads it."""
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        first, logical = index, lines[index]
        while logical.rstrip().endswith("\\") and index + 1 < len(lines):
            index += 1
            logical = logical.rstrip()[:-1] + " " + lines[index]
        index += 1
        logical = _COMMENT.sub("", logical).strip()
        # "--hash" options follow a pinned requirement on its continuation lines
        logical = re.split(r"\s--?[a-z]", " " + logical)[0].strip()
        if logical and not logical.startswith("-"):
            yield first, index - 1, logical
