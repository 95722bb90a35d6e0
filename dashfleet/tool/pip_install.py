"""Installing a dashboard's requirements.txt into this environment, within the shared pins, and
pip's own explanation when it cannot."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from dashfleet.locks import constraints
from dashfleet.tool import app_environment


def needs_install(requirements: Path) -> bool:
    return bool(re.search(r"^[^#\s]", requirements.read_text(encoding="utf-8"), re.M))


def install(requirements: Path, lock: Path) -> subprocess.CompletedProcess:
    """The app's own packages, into this environment, within the shared pins (as `make venv`
    does), wheels only (as the image builds), so the probe and `make run` find them. Not quiet:
    pip's explanation of a conflict is printed at its normal level."""
    pins = requirements.parent / ".constraints.txt"
    pins.write_text(constraints(*app_environment.shared_locks(lock)), encoding="utf-8")
    argv = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "--only-binary=:all:"]
    argv += ["-c", str(pins), "-r", str(requirements)]
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=900)
    finally:
        pins.unlink()


def explanation(output: str) -> list[str]:
    """The lines of pip's output that name the packages: its errors and the causes of a conflict
    ("The user requested dash==2.17.1", "... depends on dash>=1.9,<2"), without the help links."""
    kept, causes = [], False
    for line in output.splitlines():
        text = line.strip()
        if text.startswith("The conflict is caused by"):
            causes = True
            continue
        if causes and line[:1].isspace() and text:
            kept.append(text)
            continue
        causes = False
        if text.startswith("ERROR:") and "for help visit" not in text:
            kept.append(text.removeprefix("ERROR: "))
    return kept


def reason(done: subprocess.CompletedProcess) -> str:
    """One line: pip's error and the causes it named."""
    lines = explanation(done.stderr + "\n" + done.stdout)
    if not lines:
        tail = [ln for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
        return tail[-1] if tail else f"pip exited with status {done.returncode}"
    return "pip: " + "; ".join(dict.fromkeys(lines))
