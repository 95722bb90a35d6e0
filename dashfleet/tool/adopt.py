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
from dashfleet.registry import ROOT, RegistryError
from dashfleet.tool import (
    app_environment,
    app_requirements,
    app_writes,
    entry_file,
    environments,
    imports,
    installed,
    pip_install,
    render,
)
from dashfleet.tool.undo import Undo

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
    host: str | None = None,
    title: str | None = None,
    description: str | None = None,
    app: str | None = None,
    requirements: Path | None = None,
    relax: bool = False,
    root: Path = ROOT,
    probe: bool = True,
) -> list[str]:
    """Adopt the app at `source`; return what was written. Raises RegistryError with the reason,
    leaving the project, and the packages installed in this environment, as they were."""
    source = Path(source).resolve()
    if not source.exists():
        raise RegistryError(f"{source}: no such file or folder")
    if source.is_file() and source.suffix != ".py":
        raise RegistryError(f"{source}: want a folder holding a Dash app, or a single .py file")
    service = "dash_" + name.replace("-", "_")
    folder = root / service
    if folder.exists():
        raise RegistryError(f"{service}/ already exists")

    if host and prefix:
        raise RegistryError(
            f"{name}: --host and --prefix: a dashboard with a host is served at its '/'; drop --prefix"
        )
    # Everything is decided before the first write: a refusal here leaves nothing to undo.
    files = [source] if source.is_file() else sorted(source.rglob("*.py"))
    found = Found(app, None) if app else find_app(source)
    entry, shim = _importable_entry(source, found.entry)
    lock = root / "requirements.lock"
    try:
        wanted = app_requirements.plan(source, lock, explicit=requirements, relax=relax)
    except RegistryError as exc:
        raise RegistryError(f"{name}: nothing was added: {exc}") from None
    fields = {
        "title": title or found.title or name.replace("-", " ").capitalize(),
        "description": description or f"{source.name}, served as it is.",
        # With a host of its own it is served at "/" of that host: no prefix.
        **({"host": host} if host else {"prefix": prefix or f"/{name}/"}),
        "service": service,
        "app": entry,
        "plotly": choose_plotly(files),
    }
    if wanted.runtime != fleet_registry.SHARED:
        fields["runtime"] = wanted.runtime
    evaluates = _compiles_code(source)
    if fields["plotly"] != "none" and app_environment.compiles_shaders(wanted.dash):
        evaluates.append(
            f"Dash {wanted.dash} draws with the plotly.js its dcc carries, which compiles its WebGL "
            f"shaders with Function: its pages allow {fleet_registry.UNSAFE_EVAL} (registry csp; no "
            "other dashboard's)"
        )
    if evaluates:
        fields["csp"] = {"script-src": [fleet_registry.UNSAFE_EVAL]}
    writes = app_writes.scan(source)
    if writes.entries:
        fields["writable"] = writes.entries
    registry_path = root / "dashboards.toml"
    text = registry_path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + _toml_entry(name, fields)
    registry = fleet_registry.parse(text, source=str(registry_path), root=root)  # raises before any write

    undo, packages = Undo(), None
    try:
        undo.made(folder)
        if source.is_file():
            folder.mkdir()
            shutil.copy2(source, folder / source.name)
        else:
            shutil.copytree(source, folder, ignore=_SKIP)
        (folder / "requirements.txt").write_text(wanted.text, encoding="utf-8")
        for note in [*wanted.notes, *evaluates, *writes.notes]:
            print(f"dashfleet: {note}", flush=True)
        if shim:
            (folder / shim[0]).write_text(shim[1], encoding="utf-8")
            print(f"dashfleet: {shim[2]}", flush=True)
        undo.keep(registry_path)
        registry_path.write_text(text, encoding="utf-8")
        for rel in render.render(registry):
            undo.keep(root / rel)
        written = [f"{service}/", "dashboards.toml", *map(str, render.write(registry, root))]
        if probe:
            if wanted.runtime == fleet_registry.OWN:
                undo.made(environments.folder(root, name))
                python = _build_environment(root, name, folder / "requirements.txt")
            else:
                if pip_install.needs_install(folder / "requirements.txt"):
                    packages = installed.installed()  # what to go back to
                    _install(folder / "requirements.txt", lock, root)
                # The probe's own interpreter holds the shared runtime and this app's packages
                # only: a package another dashboard installed cannot make it pass.
                undo.made(probe_env := root / environments.ENVS / f".probe-{name}")
                python = _build_probe_environment(probe_env, folder / "requirements.txt", lock)
            done = run_probe(name, root, python)
            if done.returncode != 0:
                print(done.stderr, end="", file=sys.stderr)  # the traceback, then the verdict
                raise _Refused(_last_line(done))
            if wanted.runtime == fleet_registry.SHARED:
                shutil.rmtree(probe_env, ignore_errors=True)
    except BaseException as exc:
        undo.restore()
        if packages is not None:
            _restore_packages(packages)
        if isinstance(exc, _Refused):
            raise RegistryError(f"{name}: nothing was added: {exc}") from None
        raise
    return written


def _build_environment(root: Path, name: str, requirements: Path) -> str:
    print(f"dashfleet: {name}: building its own environment (uv)", flush=True)
    try:
        environments.build(root, name, requirements)
    except environments.BuildError as exc:
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        raise _Refused(str(exc)) from None
    return str(environments.python(root, name))


def _build_probe_environment(target: Path, requirements: Path, lock: Path) -> str:
    try:
        environments.build_at(target, requirements, shared=lock)
    except environments.BuildError as exc:
        raise _Refused(str(exc)) from None
    return str(target / "bin" / "python")


def _install(requirements: Path, lock: Path, root: Path) -> None:
    print(f"dashfleet: installing {requirements.relative_to(root)} within requirements.lock", flush=True)
    done = pip_install.install(requirements, lock)
    if done.returncode != 0:
        for line in pip_install.explanation(done.stderr + "\n" + done.stdout):
            print(f"  {line}", file=sys.stderr)
        raise _Refused(pip_install.reason(done))


class _Refused(Exception):
    """The app did not install or did not start; the message is the one-line reason."""


def _restore_packages(before: dict[str, str]) -> None:
    try:
        for line in installed.restore(before):
            print(f"dashfleet: {line} (as before the add)", file=sys.stderr)
    except installed.RestoreError as exc:
        print(f"dashfleet: {exc}", file=sys.stderr)


def _importable_entry(source: Path, entry: str) -> tuple[str, tuple[str, str, str] | None]:
    """The registry's entry for `entry`, and the loader module to write when its file has a name
    Python cannot import: (file name, text, note)."""
    module, _, attr = entry.partition(":")
    module = module.removesuffix(".py")  # --app may name the file
    top = source.parent if source.is_file() else source
    if entry_file.importable(module) or not (top / f"{module}.py").is_file():
        return f"{module}:{attr}", None
    loader = entry_file.module_name(module, imports.own_modules(source))
    note = (
        f"{module}.py is not a name Python imports: {loader}.py beside it loads it, unrenamed "
        f"and unchanged (app = {loader}:{attr})"
    )
    return f"{loader}:{attr}", (f"{loader}.py", entry_file.shim(f"{module}.py", loader), note)


def run_probe(name: str, root: Path, python: str = sys.executable) -> subprocess.CompletedProcess:
    """The probe in a fresh interpreter of the dashboard's environment, as the service would start."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
        "PYTHONDONTWRITEBYTECODE": "1",  # a failed add leaves no bytecode caches behind either
    }
    return subprocess.run(
        [python, "-m", "dashfleet.tool.probe", str(root / "dashboards.toml"), name],
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


def _toml_entry(name: str, fields: dict) -> str:
    # json.dumps quotes a TOML basic string (and an array of them) correctly; a bad value then
    # fails validation, clearly. A table is written inline: { "key" = value, ... }.
    key = name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name)
    return f"[dashboards.{key}]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in fields.items())


def _toml_value(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(value)


# Component packages that compile code at run time (Function), which the site's CSP refuses.
COMPILES_CODE = {"dash_vega_components": "Vega compiles its chart expressions with Function"}


def _compiles_code(source: Path) -> list[str]:
    """A note for the first import of a package that needs 'unsafe-eval' on the app's pages."""
    base = source if source.is_dir() else source.parent
    found = imports.imported(imports.python_files(source), base)
    return [
        f"{where} imports {name}: {COMPILES_CODE[name.split('.')[0]]}, so its pages allow "
        f"{fleet_registry.UNSAFE_EVAL} (registry csp; no other dashboard's)"
        for name, where in sorted(found.items())
        if name.split(".")[0] in COMPILES_CODE
    ][:1]  # (a list: add appends the other reasons)


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
    """ "basic" when every figure the source builds is scatter (as SVG), bar or pie; "none" when it
    draws no graph (Dash's own bundle, which it loads only where a graph is drawn: none); else
    "full" (plotly.js strict)."""
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
    return "basic" if uses_graph else "none"


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
