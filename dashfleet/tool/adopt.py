"""`dashfleet add PATH --name NAME`: an existing Dash app joins the fleet, unmodified, in one step.

The app's folder (or single file) is copied as it is into a service folder, its app object is found
by reading the source (never by running it), the plotly.js bundle it needs is chosen from the
figures it builds, it is declared in dashboards.toml and every derived file is re-rendered. Then
`probe` builds it the way its service will and asks it for its page, layout and callbacks; if
that fails, the project is put back as it was.
"""

from __future__ import annotations

import ast
import functools
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from dashfleet import registry as fleet_registry
from dashfleet.locks import constraints
from dashfleet.registry import ROOT, RegistryError
from dashfleet.tool import render

# Files looked at first for the app object, in this order; then the rest alphabetically.
_LIKELY = ["app.py", "main.py", "index.py", "server.py", "dashboard.py", "wsgi.py"]
_SKIP = shutil.ignore_patterns(
    "__pycache__", "*.pyc", ".git", ".venv", "venv", ".mypy_cache", ".pytest_cache"
)
_DASH_CLASSES = {"Dash", "DashProxy"}  # DashProxy: dash-extensions' subclass
# What the small bundle (plotly-basic) draws. plotly express's scatter/line/area/ecdf switch to
# WebGL (scattergl, not in the bundle) above 1000 points unless render_mode="svg".
_BASIC_TRACES = {"scatter", "bar", "pie"}
_BASIC_PX = {"bar", "pie", "timeline"}
_SVG_PX = {"scatter", "line", "area", "ecdf"}


@dataclass(frozen=True)
class Found:
    entry: str  # "module:attribute"
    title: str | None  # Dash(title=...) when it is a literal


def add_app(
    source: Path,
    name: str,
    *,
    prefix: str | None = None,
    title: str | None = None,
    description: str | None = None,
    app: str | None = None,
    root: Path = ROOT,
    probe: bool = True,
) -> list[str]:
    """Adopt the app at `source`; return what was written. Raises RegistryError with the reason,
    leaving the project as it was."""
    source = Path(source).resolve()
    if not source.exists():
        raise RegistryError(f"{source}: no such file or folder")
    if source.is_file() and source.suffix != ".py":
        raise RegistryError(f"{source}: want a folder holding a Dash app, or a single .py file")
    service = "dash_" + name.replace("-", "_")
    folder = root / service
    if folder.exists():
        raise RegistryError(f"{service}/ already exists")

    files = [source] if source.is_file() else sorted(source.rglob("*.py"))
    found = Found(app, None) if app else find_app(source)
    plotly = choose_plotly(files)
    fields = {
        "title": title or found.title or name.replace("-", " ").capitalize(),
        "description": description or f"{source.name}, served as it is.",
        "prefix": prefix or f"/{name}/",
        "service": service,
        "app": found.entry,
        "plotly": plotly,
    }
    registry_path = root / "dashboards.toml"
    before = registry_path.read_text(encoding="utf-8")
    text = before.rstrip("\n") + "\n\n" + _toml_entry(name, fields)
    registry = fleet_registry.parse(text, source=str(registry_path), root=root)  # raises before any write

    derived = {
        rel: (root / rel).read_text(encoding="utf-8")
        for rel in render.render(registry)
        if (root / rel).exists()
    }
    if source.is_file():
        folder.mkdir()
        shutil.copy2(source, folder / source.name)
    else:
        shutil.copytree(source, folder, ignore=_SKIP)
    requirements = folder / "requirements.txt"
    if not requirements.exists():
        requirements.write_text(
            "# This dashboard's own packages, beyond the shared runtime (requirements.lock).\n"
        )
    registry_path.write_text(text, encoding="utf-8")
    written = [f"{service}/", "dashboards.toml", *map(str, render.write(registry, root))]

    if probe:
        done = install_requirements(requirements, root)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)  # pip names the conflicting packages
        else:
            done = run_probe(name, root)
        if done.returncode != 0:
            shutil.rmtree(folder)
            registry_path.write_text(before, encoding="utf-8")
            for rel in render.render(registry):
                if rel in derived:
                    (root / rel).write_text(derived[rel], encoding="utf-8")
            raise RegistryError(f"{name}: nothing was added: {_last_line(done)}")
    return written


def install_requirements(requirements: Path, root: Path) -> subprocess.CompletedProcess:
    """The app's own packages, into this environment, within the shared pins (as `make venv` and
    the image do), so that the probe and `make run` find them."""
    if not re.search(r"^[^#\s]", requirements.read_text(encoding="utf-8"), re.M):
        return subprocess.CompletedProcess([], 0, "", "")
    print(f"dashfleet: installing {requirements.relative_to(root)} (within requirements.lock)", flush=True)
    pins = requirements.parent / ".constraints.txt"
    pins.write_text(constraints(root / "requirements.lock"), encoding="utf-8")
    argv = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    argv += ["-c", str(pins), "-r", str(requirements)]
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=900)
    finally:
        pins.unlink()


def run_probe(name: str, root: Path) -> subprocess.CompletedProcess:
    """`dashfleet probe NAME` in a fresh interpreter, as the service would start."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "dashfleet", "--registry", str(root / "dashboards.toml"), "probe", name],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _last_line(done: subprocess.CompletedProcess) -> str:
    lines = [ln for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
    line = lines[-1] if lines else f"exit status {done.returncode}"
    return re.sub(r"^dashfleet probe: [\w-]+: ", "", line)


def _toml_entry(name: str, fields: dict[str, str]) -> str:
    # json.dumps quotes a TOML basic string correctly; a bad value then fails validation, clearly.
    key = name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name)
    return f"[dashboards.{key}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields.items())


# -- finding the app ------------------------------------------------------------------------------
def find_app(source: Path) -> Found:
    """The first `NAME = Dash(...)` at module level, else a top-level function that builds and
    returns one (a factory), in the likely files first. Imports nothing."""
    if source.is_file():
        candidates = [(source, source.stem)]
    else:
        top = sorted(source.glob("*.py"), key=lambda p: (p.name not in _LIKELY, _rank(p.name), p.name))
        candidates = [(p, p.stem) for p in top]
    for path, module in candidates:
        found = _app_in(path, module)
        if found:
            return found
    where = source.name if source.is_file() else f"the top-level .py files of {source.name}/"
    raise RegistryError(
        f"no Dash app found in {where} (looked for `app = Dash(...)` at module level, or a function "
        "returning one); name it with --app module:attribute"
    )


def _rank(filename: str) -> int:
    return _LIKELY.index(filename) if filename in _LIKELY else len(_LIKELY)


def _app_in(path: Path, module: str) -> Found | None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (SyntaxError, UnicodeDecodeError):
        return None
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_dash_call(node.value):
            target = node.targets[0]
            if isinstance(target, ast.Name):
                return Found(f"{module}:{target.id}", _title(node.value))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            calls = [n for n in ast.walk(node) if _is_dash_call(n)]
            if calls and any(isinstance(n, ast.Return) for n in ast.walk(node)):
                return Found(f"{module}:{node.name}", _title(calls[0]))
    return None


def _is_dash_call(node) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name in _DASH_CLASSES


def _title(call: ast.Call) -> str | None:
    for keyword in call.keywords:
        if (
            keyword.arg == "title"
            and isinstance(keyword.value, ast.Constant)
            and isinstance(keyword.value.value, str)
        ):
            return keyword.value.value
    return None


# -- choosing plotly.js ---------------------------------------------------------------------------
def choose_plotly(files: list[Path]) -> str:
    """ "basic" when every figure the source builds is scatter (as SVG), bar or pie; else "full"
    (Dash's own bundle, which it loads only where a graph is drawn: nothing for an app without)."""
    uses_graph = False
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text)
        except (SyntaxError, UnicodeDecodeError, OSError):
            return "full"
        uses_graph = uses_graph or "Graph" in text
        if not _only_basic_traces(tree):
            return "full"
    return "basic" if uses_graph else "full"


def _only_basic_traces(tree: ast.AST) -> bool:
    aliases = _plotly_aliases(tree)
    traces = _trace_types()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            kind = aliases.get(owner.id) if isinstance(owner, ast.Name) else None
            attr = node.func.attr
            if kind == "ff":
                return False
            if kind == "px" and not _basic_px(attr, node):
                return False
            if kind == "go" and attr.lower() in traces and attr.lower() not in _BASIC_TRACES:
                return False
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and key.value == "type"
                    and isinstance(value, ast.Constant)
                    and value.value in traces - _BASIC_TRACES
                ):
                    return False
    return True


def _basic_px(function: str, call: ast.Call) -> bool:
    if function.startswith("_") or function in {"data", "colors", "defaults"}:
        return True
    kwargs = {k.arg: k.value for k in call.keywords if k.arg}
    if any(k.startswith("marginal") for k in kwargs):
        return False  # marginal plots add histogram/box/violin traces
    if function in _BASIC_PX:
        return True
    mode = kwargs.get("render_mode")
    return function in _SVG_PX and isinstance(mode, ast.Constant) and mode.value == "svg"


def _plotly_aliases(tree: ast.AST) -> dict[str, str]:
    """{local name: "px" | "go" | "ff"} from the module's imports."""
    kinds = {
        "plotly.express": "px",
        "plotly.graph_objects": "go",
        "plotly.graph_objs": "go",
        "plotly.figure_factory": "ff",
    }
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in kinds:
                    aliases[alias.asname or alias.name] = kinds[alias.name]
        elif isinstance(node, ast.ImportFrom) and node.module == "plotly":
            for alias in node.names:
                kind = kinds.get(f"plotly.{alias.name}")
                if kind:
                    aliases[alias.asname or alias.name] = kind
    return aliases


@functools.cache
def _trace_types() -> frozenset[str]:
    import plotly.graph_objects as go
    from plotly.basedatatypes import BaseTraceType

    return frozenset(
        name.lower()
        for name in dir(go)
        if isinstance(getattr(go, name), type) and issubclass(getattr(go, name), BaseTraceType)
    )
