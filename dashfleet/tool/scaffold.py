"""`make new NAME=sales`: a new dashboard in one step (package, registry entry, derived files)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jinja2

from dashfleet import registry as fleet_registry
from dashfleet.registry import ROOT
from dashfleet.tool import render

_FILES = ["__init__.py", "app.py", "layout.py", "callbacks.py", "requirements.txt"]
_env = jinja2.Environment(
    loader=jinja2.PackageLoader("dashfleet.tool", "templates/scaffold"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def new_dashboard(name: str, title: str, description: str, root: Path = ROOT) -> list[Path]:
    """Create dash_<name>/, declare it in dashboards.toml and re-render; return what changed.

    The registry is validated with the new entry before anything is written, so a bad name,
    a taken prefix or a forbidden character leaves the project as it was.
    """
    package = "dash_" + name.replace("-", "_")
    folder = root / package
    if folder.exists():
        raise fleet_registry.RegistryError(f"{package}/ already exists")
    registry_path = root / "dashboards.toml"
    fields = {
        "title": title,
        "description": description,
        "prefix": f"/{name}/",
        "service": package,
        "app": f"{package}:create_app",
    }
    # json.dumps quotes a TOML basic string correctly; a bad value then fails validation, clearly.
    key = name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name)  # a bare key if TOML allows
    entry = f"\n[dashboards.{key}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields.items())
    text = registry_path.read_text(encoding="utf-8").rstrip("\n") + "\n" + entry
    registry = fleet_registry.parse(text, source=str(registry_path), root=root)  # raises before any write

    folder.mkdir()
    for filename in _FILES:
        rendered = _env.get_template(f"{filename}.j2").render(
            package=package, title=title, description=description
        )
        (folder / filename).write_text(rendered, encoding="utf-8")
    registry_path.write_text(text, encoding="utf-8")
    return [Path(package), Path("dashboards.toml"), *render.write(registry, root)]
