"""A dashboard's own Python environment (registry `runtime = "own"`): its requirements.txt and
dashfleet's layer (dashfleet/layer-requirements.txt), installed by uv into
`.dashfleet/envs/<name>/`. Every environment draws on uv's one package cache, so a second one with
the same packages costs links, not downloads. An environment is rebuilt only when what it is built
from changes (a fingerprint beside it), and built beside the old one and swapped in whole: a
failed build leaves the environment that was there.

Resolving (`resolve`) answers what a set of requirements installs, without installing: `add` uses
it to decide between the shared runtime and an environment of its own, and for `--relax`.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.utils import canonicalize_name

from dashfleet.locks import constraints

LAYER = Path(__file__).resolve().parents[1] / "layer-requirements.txt"
ENVS = Path(".dashfleet") / "envs"
_STAMP = ".dashfleet-fingerprint"
_UV = [sys.executable, "-m", "uv"]
_TIMEOUT = 900


class BuildError(Exception):
    """An environment could not be resolved or built; the message is one line naming why."""

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.details = details or []


def folder(root: Path, name: str) -> Path:
    return Path(root) / ENVS / name


def python(root: Path, name: str) -> Path:
    return folder(root, name) / "bin" / "python"


def fingerprint(requirements: Path) -> str:
    """What the environment is built from: its requirements, the layer's, this interpreter."""
    digest = hashlib.sha256()
    for part in (requirements.read_bytes(), LAYER.read_bytes(), sys.version.encode()):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def is_current(root: Path, name: str, requirements: Path) -> bool:
    stamp = folder(root, name) / _STAMP
    return stamp.is_file() and stamp.read_text().strip() == fingerprint(requirements)


def ensure(root: Path, name: str, requirements: Path, *, say=print) -> Path:
    """The interpreter of `name`'s environment, built first when missing or out of date."""
    if not is_current(root, name, requirements):
        say(f"dashfleet: {name}: building its own environment (uv, {requirements.name})")
        build(root, name, requirements)
    return python(root, name)


def build(root: Path, name: str, requirements: Path) -> None:
    """Build into a new folder, then swap it in; raises BuildError, leaving the old one."""
    target = folder(root, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{name}.new-", dir=target.parent))
    try:
        build_at(new, requirements)
        (new / _STAMP).write_text(fingerprint(requirements) + "\n")
        old = target.with_name(f".{name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(new, ignore_errors=True)


def build_at(target: Path, requirements: Path, *, shared: Path | None = None) -> None:
    """An environment at `target`: `requirements` with the layer's; or, given the `shared` lock,
    the shared runtime's pins with `requirements` within them (what `add` probes a dashboard of
    the shared runtime in)."""
    _run([*_UV, "venv", "-q", "--relocatable", "--allow-existing", "--python", sys.executable, str(target)])
    python = str(target / "bin" / "python")
    install = [*_UV, "pip", "install", "-q", "--no-build", "--python", python, "-r", str(requirements)]
    if shared is None:
        _run([*install, "-r", str(LAYER)])
    else:
        pins = target / "shared-pins.txt"
        pins.write_text(constraints(shared), encoding="utf-8")
        _run([*install, "-r", str(pins), "-c", str(pins)])
    # No precompressed bundles here (brotli 11 over a Dash release takes minutes on two cores):
    # the gateway compresses what these dashboards send, as for any file without a copy.


def remove(root: Path, name: str) -> None:
    shutil.rmtree(folder(root, name), ignore_errors=True)


def resolve(
    requirements: str, *, constraints: str = "", layer: bool = True, lowest: bool = False
) -> dict[str, str]:
    """{canonical name: version} that `requirements` (text) installs here, wheels only, with the
    layer's requirements when `layer`; `lowest`: the lowest versions the ranges allow. Raises
    BuildError naming why it cannot."""
    with tempfile.TemporaryDirectory(prefix="dashfleet-resolve-") as tmp:
        req = Path(tmp, "requirements.txt")
        req.write_text(requirements, encoding="utf-8")
        argv = [*_UV, "pip", "compile", "-q", "--no-build", "--no-header", "--no-annotate"]
        argv += ["--python", sys.executable, str(req)]
        if layer:
            argv.append(str(LAYER))
        if constraints:
            pins = Path(tmp, "constraints.txt")
            pins.write_text(constraints, encoding="utf-8")
            argv += ["-c", str(pins)]
        if lowest:
            argv += ["--resolution", "lowest-direct"]
        out = _run(argv).stdout
    found = {}
    for line in out.splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;]+)", line)
        if match:
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def _run(argv: list[str]) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BuildError(f"{' '.join(argv[:4])} took more than {_TIMEOUT} s") from None
    if done.returncode != 0:
        raise BuildError(reason(done.stderr), details(done.stderr))
    return done


def details(stderr: str) -> list[str]:
    """uv's explanation, without its box-drawing and hints, one sentence per line."""
    lines = []
    for line in stderr.splitlines():
        text = re.sub(r"^[\s×╰─▶│]+", "", line).strip()
        text = re.sub(r"^(error|cause): ", "", text)
        if text and not text.startswith("hint:") and not text.startswith("No solution found"):
            lines.append(text)
    return lines


def reason(stderr: str) -> str:
    """One line: uv's conclusion (its "Because ... we can conclude ..." sentence, joined)."""
    text = " ".join(details(stderr))
    text = re.sub(r"\s+", " ", text).strip()
    return ("uv: " + text) if text else "uv failed without saying why"


def shared_requirements(registry_path: Path) -> list[str]:
    """The requirements.txt of every service on the shared runtime (what `make venv` installs)."""
    from dashfleet import registry as fleet_registry

    fleet = fleet_registry.load(registry_path)
    files = [fleet.root / svc.service / "requirements.txt" for svc in fleet.services if svc.runtime != "own"]
    return [str(f.relative_to(fleet.root)) for f in files if f.is_file()]


if __name__ == "__main__":  # make venv: python -m dashfleet.tool.environments shared|build
    command, registry_file = sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2 else "dashboards.toml")
    if command == "shared":
        print(" ".join(shared_requirements(registry_file)))
    elif command == "build":
        from dashfleet import registry as fleet_registry

        fleet = fleet_registry.load(registry_file)
        for svc in fleet.dashboards:
            if svc.runtime == "own":
                try:
                    ensure(fleet.root, svc.name, fleet.root / svc.service / "requirements.txt")
                except BuildError as exc:
                    sys.exit(f"dashfleet: {svc.name}: its environment does not build: {exc}")
