"""Pins as pip constraints. Lock files carry hashes (`make lock`), and pip turns a hashed
constraints file into --require-hashes mode for everything, which an unpinned line of a service's
requirements.txt (`pandas>=2.2`) then fails. So constraints are the pins without their hashes;
a service's own requirements.lock, fully pinned and hashed, is installed as it is (images)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_PIN = re.compile(r"^([A-Za-z0-9_.\[\]-]+==[^\s\\;]+)(\s*;[^\\]*)?")


def constraints(*locks: Path) -> str:
    """`name==version[; marker]` for every pin of the given lock files."""
    lines = []
    for lock in locks:
        for line in Path(lock).read_text(encoding="utf-8").splitlines():
            match = _PIN.match(line)
            if match:
                lines.append((match.group(1) + (match.group(2) or "")).rstrip())
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m dashfleet.locks LOCK... > constraints.txt
    sys.stdout.write(constraints(*map(Path, sys.argv[1:])))
