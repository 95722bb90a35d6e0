"""The packages an app needs, inferred from its imports when it came without a requirements.txt.

Read from the source (ast), never by running it. What is left out, and why:
- the standard library (`sys.stdlib_module_names`);
- the app's own modules: any .py file or folder of .py files in the app's folder (the service
  runs in that folder, so they import from there);
- what the shared runtime provides (every package of requirements.lock, by the names it imports
  as), since every dashboard runs on it.
What remains is named by its PyPI name: from the table below where the import name differs, else
the name itself. Dash 1's component packages become the stubs that re-export them from Dash.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from dashfleet.locks import constraints

# Import name -> PyPI name, where they differ (a dotted key matches that module and below it).
PYPI_NAMES = {
    "dash_bootstrap_components": "dash-bootstrap-components",
    "dash_bootstrap_templates": "dash-bootstrap-templates",
    "dash_ag_grid": "dash-ag-grid",
    "dash_mantine_components": "dash-mantine-components",
    "dash_iconify": "dash-iconify",
    "dash_extensions": "dash-extensions",
    "dash_leaflet": "dash-leaflet",
    "dash_vega_components": "dash-vega-components",
    "dash_daq": "dash-daq",
    "dash_cytoscape": "dash-cytoscape",
    "dash_bio": "dash-bio",
    "dash_player": "dash-player",
    "dash_auth": "dash-auth",
    "dash_uploader": "dash-uploader",
    "dash_dangerously_set_inner_html": "dash-dangerously-set-inner-html",
    "diskcache": "diskcache",
    "sklearn": "scikit-learn",
    "skimage": "scikit-image",
    "PIL": "pillow",
    "yaml": "pyyaml",
    "cv2": "opencv-python-headless",  # no GUI libraries in a server image
    "bs4": "beautifulsoup4",
    "dotenv": "python-dotenv",
    "dateutil": "python-dateutil",
    "docx": "python-docx",
    "pptx": "python-pptx",
    "slugify": "python-slugify",
    "jose": "python-jose",
    "jwt": "pyjwt",
    "attr": "attrs",
    "serial": "pyserial",
    "psycopg2": "psycopg2-binary",  # the wheel; psycopg2 itself builds from source
    "MySQLdb": "mysqlclient",
    "Crypto": "pycryptodome",
    "OpenSSL": "pyopenssl",
    "fitz": "pymupdf",
    "mpl_toolkits": "matplotlib",
    "pandas_datareader": "pandas-datareader",
    "plotly_express": "plotly-express",
    "google.cloud.storage": "google-cloud-storage",
    "google.cloud.bigquery": "google-cloud-bigquery",
    "googleapiclient": "google-api-python-client",
}

# Dash 1 imported its components from packages of their own. Their last releases are stubs that
# re-export the modules Dash ships today, so a Dash 1 import works unchanged on the shared Dash.
DASH1_STUBS = {
    "dash_core_components": ("dash-core-components", "2.0.0", "dash.dcc"),
    "dash_html_components": ("dash-html-components", "2.0.0", "dash.html"),
    "dash_table": ("dash-table", "5.0.0", "dash.dash_table"),
}

# Folders that are not the app: virtual environments, caches, and tests (their imports are the
# test runner's).
SKIP_DIRS = {"__pycache__", ".git", ".venv", "venv", "env", ".mypy_cache", ".pytest_cache", "tests", "test"}


@dataclass(frozen=True)
class Inferred:
    requirement: str  # a requirements.txt line, e.g. "dash-bootstrap-components"
    why: str  # e.g. "app.py:3 imports dash_bootstrap_components"


def infer(source: Path, lock: Path) -> list[Inferred]:
    """The requirements of the app at `source` (a folder or one .py file), sorted by name."""
    files = python_files(source)
    base = source if source.is_dir() else source.parent
    skip = own_modules(source) | shared_import_names(lock)
    found = []
    for name, where in sorted(imported(files, base).items(), key=lambda item: item[0].lower()):
        top = name.split(".")[0]
        if top in sys.stdlib_module_names or top in skip:
            continue
        found.append(Inferred(requirement_for(name), f"{where} imports {name}"))
    listed = {canonicalize_name(Requirement(i.requirement).name) for i in found}
    datasets = plotly_datasets(files, base)
    if datasets and "pandas" not in listed and "pandas" not in skip:
        # plotly's sample data sets (px.data.iris()...) come as pandas frames unless told otherwise
        found.append(Inferred("pandas", f"{datasets} reads a plotly sample data set, a pandas frame"))
    return sorted(found, key=lambda item: item.requirement.lower())


def plotly_datasets(files: Iterable[Path], base: Path) -> str | None:
    """Where the app first calls plotly's sample data (`px.data.gapminder()`), as "file:line"."""
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            owner = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(owner, ast.Attribute) and owner.attr == "data" and _is_plotly(owner.value):
                return f"{path.relative_to(base)}:{node.lineno}"
    return None


def _is_plotly(node) -> bool:
    """`px`, `plotly.express` or `plotly` as the code names it (px is plotly express by convention)."""
    if isinstance(node, ast.Name):
        return node.id in {"px", "plotly"}
    return isinstance(node, ast.Attribute) and node.attr == "express"


def dash1_stubs(source: Path) -> list[Inferred]:
    """The stub packages the app's Dash 1 imports need (also when it lists its own requirements)."""
    base = source if source.is_dir() else source.parent
    return [
        Inferred(requirement_for(name), f"{where} imports {name}")
        for name, where in sorted(imported(python_files(source), base).items())
        if name in DASH1_STUBS
    ]


def requirement_for(import_name: str) -> str:
    """The requirements.txt line that provides `import_name` (a top-level or dotted name)."""
    top = import_name.split(".")[0]
    if top in DASH1_STUBS:
        package, version, _ = DASH1_STUBS[top]
        return f"{package}=={version}"
    parts = import_name.split(".")
    for end in range(len(parts), 0, -1):
        known = PYPI_NAMES.get(".".join(parts[:end]))
        if known:
            return known
    return top


def stub_note(requirement: str) -> str | None:
    """Why a Dash 1 stub is there: "re-exports dash.dcc from the shared Dash"; None for others."""
    name = canonicalize_name(Requirement(requirement).name)
    for package, _, module in DASH1_STUBS.values():
        if package == name:
            return f"Dash 1's component package, whose last release re-exports {module} from the shared Dash"
    return None


def python_files(source: Path) -> list[Path]:
    if source.is_file():
        return [source]
    return sorted(p for p in source.rglob("*.py") if not SKIP_DIRS & set(p.relative_to(source).parts[:-1]))


def imported(files: Iterable[Path], base: Path) -> dict[str, str]:
    """{imported module: "file:line" of its first import}, for absolute imports anywhere in the
    files (inside functions, try blocks and conditions too). A dotted name is kept whole where the
    table names a package for it (google.cloud.storage); otherwise its top-level name counts."""
    found: dict[str, str] = {}
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError, OSError) as exc:
            why = type(exc).__name__
            print(f"dashfleet: {path.relative_to(base)}: not read ({why}); its imports are not counted")
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                # `from google.cloud import storage` may import a module: google.cloud.storage
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                found.setdefault(_key(name), f"{path.relative_to(base)}:{node.lineno}")
    return found


def _key(name: str) -> str:
    parts = name.split(".")
    for end in range(len(parts), 1, -1):
        if ".".join(parts[:end]) in PYPI_NAMES:
            return ".".join(parts[:end])
    return parts[0]


def own_modules(source: Path) -> set[str]:
    """Names the app's own files answer to: every .py file's stem, every folder holding .py files."""
    if source.is_file():
        return {source.stem}
    names = set()
    for path in python_files(source):
        rel = path.relative_to(source)
        names.add(path.stem)
        names.update(rel.parts[:-1])
    return names


@functools.cache
def shared_import_names(lock: Path) -> frozenset[str]:
    """The names the shared runtime's packages import as: from this environment's installed
    packages (flask, _plotly_utils, pkg_resources...), and each package's own name in case it is
    not installed here."""
    packages = set(shared_versions(lock))
    names = {p.replace("-", "_") for p in packages}
    for module, dists in importlib.metadata.packages_distributions().items():
        if any(canonicalize_name(d) in packages for d in dists):
            names.add(module)
    return frozenset(names)


@functools.cache
def shared_versions(lock: Path) -> dict[str, str]:
    """{canonical package name: version} of the shared runtime's pins that apply on this platform."""
    versions = {}
    for line in constraints(lock).splitlines():
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate():
            versions[canonicalize_name(req.name)] = next(iter(req.specifier)).version
    return versions
