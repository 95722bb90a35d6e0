"""A failed `dashfleet add` leaves the project and the environment exactly as they were: every file
(the registry, every derived file, new ones such as the dashboard's Kubernetes manifest), the
packages it installed in the shared environment (removed), and the environment it built for the
app (gone). Real pip and uv, real probe."""

import hashlib
import textwrap

import pytest

from dashfleet.tool import installed
from tests.helpers import copy_project, dashfleet_cli

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

# Fails when the probe builds it: its data file did not come along.
BROKEN_APP = """
import pandas as pd
from dash import Dash, html
import dash_cytoscape as cyto

rows = pd.read_csv("data/sales.csv")
app = Dash(__name__)
app.layout = html.Div([cyto.Cytoscape(id="graph", elements=[]), html.P(f"{len(rows)} rows")])
"""


def tree(root) -> dict[str, str]:
    """Every file under `root` with its hash. Bytecode caches are the interpreter's, written by
    any `python -m dashfleet` in the project (and ignored by git), not a project file."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def add_broken(tmp_path, requirements_text: str):
    """`dashfleet add` of BROKEN_APP with these requirements, into a copy of the project: (the
    project, its files and the shared environment's packages before, what add printed)."""
    project = copy_project(tmp_path / "project")
    app = tmp_path / "broken"
    app.mkdir()
    (app / "app.py").write_text(textwrap.dedent(BROKEN_APP))
    requirements = tmp_path / "needs.txt"
    requirements.write_text(requirements_text)
    files, packages = tree(project), installed.installed()
    done = dashfleet_cli(project, "add", str(app), "--name", "broken", "--requirements", str(requirements))
    assert done.returncode == 2, done.stdout + done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("dashfleet: broken: nothing was added: the app failed to start: FileNotFoundError")
    return project, files, packages, done


def test_a_failed_add_puts_back_files_derived_files_registry_and_packages(tmp_path):
    # an added package (dash-cytoscape: no other test adds it to the shared environment); pandas
    # is the shared environment's already
    assert "dash-cytoscape" not in installed.installed()
    project, files, packages, done = add_broken(tmp_path, "dash-cytoscape\npandas\n")
    assert "installing dash_broken/requirements.txt" in done.stdout  # it got as far as installing
    assert "uninstalled dash-cytoscape (as before the add)" in done.stderr
    assert tree(project) == files
    assert installed.installed() == packages
    check = dashfleet_cli(project, "check")
    assert check.returncode == 0, check.stderr


def test_a_failed_add_in_an_environment_of_its_own_leaves_no_environment(tmp_path):
    # iniconfig 2.0.0 is not the shared environment's (a test tool at another version): its own
    assert installed.installed()["iniconfig"] != "2.0.0"
    project, files, packages, done = add_broken(tmp_path, "dash-cytoscape\npandas\niniconfig==2.0.0\n")
    assert "broken: building its own environment (uv)" in done.stdout  # it got as far as building
    assert tree(project) == files  # no .dashfleet/envs/broken either
    assert not (project / ".dashfleet" / "envs" / "broken").exists()
    assert installed.installed() == packages
