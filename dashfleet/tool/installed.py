"""What pip has installed in an environment, and putting it back as it was.

`dashfleet add` installs the app's packages before it probes the app; when the add fails, what it
added is uninstalled and what it upgraded or downgraded is reinstalled at the version it had, so
the environment is as it was before (`make run` and the other dashboards see no difference).
"""

from __future__ import annotations

import json
import subprocess
import sys

# Run in the environment's own interpreter: this process may have imported an older view of it.
_LIST = (
    "import importlib.metadata as m, json, re\n"
    "print(json.dumps({re.sub(r'[-_.]+', '-', d.metadata['Name']).lower(): d.version"
    " for d in m.distributions() if d.metadata['Name']}))"
)


class RestoreError(Exception):
    """The environment could not be put back; the message names what is left to do."""


def installed(python: str = sys.executable) -> dict[str, str]:
    """{canonical distribution name: version} of what `python` has installed."""
    done = subprocess.run([python, "-c", _LIST], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def repairs(before: dict[str, str], after: dict[str, str]) -> tuple[list[str], list[str]]:
    """(names to uninstall, `name==version` to reinstall) that turn `after` back into `before`."""
    added = sorted(set(after) - set(before))
    changed = sorted(f"{name}=={version}" for name, version in before.items() if after.get(name) != version)
    return added, changed


def restore(before: dict[str, str], python: str = sys.executable) -> list[str]:
    """Put the environment back to `before`; return what was done, one line per package."""
    added, changed = repairs(before, installed(python))
    pip = [python, "-m", "pip", "--disable-pip-version-check"]
    steps = []
    if added:
        steps.append((["uninstall", "-y", *added], [f"uninstalled {name}" for name in added]))
    if changed:
        # --no-deps: each package back at its version, nothing else pulled in
        steps.append((["install", "--no-deps", *changed], [f"reinstalled {pin}" for pin in changed]))
    done_lines = []
    for argv, lines in steps:
        done = subprocess.run([*pip, *argv], capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            raise RestoreError(
                f"could not put the environment back ({' '.join(argv[:1] + argv[-len(lines) :])}): "
                f"{_last(done)}; run `make venv` to rebuild it"
            )
        done_lines += lines
    left = repairs(before, installed(python))
    if left != ([], []):
        raise RestoreError(f"the environment still differs after restoring it: {left}; run `make venv`")
    return done_lines


def _last(done: subprocess.CompletedProcess) -> str:
    lines = [ln for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
    return lines[-1] if lines else f"exit status {done.returncode}"
