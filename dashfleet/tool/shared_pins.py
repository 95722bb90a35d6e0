"""An app's requirements.txt against the shared runtime: which pins it cannot honour.

A dashboard on the shared runtime (requirements.lock: dash, plotly, flask...) cannot have a pin
that excludes the shared version (`dash==2.5.1` against the fleet's dash 4.4.1): `dashfleet add`
then gives it an environment of its own (app_environment.py). Dash 1's component packages
(dash-core-components...) are not in the runtime, but only their last releases work with it:
stubs that re-export Dash's own modules. Pure functions on the text; no installer is asked.
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
        if name in shared:
            version = shared[name]
            has = f"{name} {version}"
        elif name in STUBS:
            version = STUBS[name][0]
            has = f"the {name} {version} stub"
        else:
            continue
        if req.specifier and not req.specifier.contains(version, prereleases=True):
            found.append(Conflict(first, last, line, has))
    return found


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
