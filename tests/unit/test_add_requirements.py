"""What `dashfleet add` decides about an app's packages, read from its source: requirements inferred
from its imports, the stubs its Dash 1 imports need, pins the shared runtime cannot honour (and
what --relax writes), and pip's explanation kept when it fails. Pure functions, no pip."""

import subprocess
import textwrap

import pytest

from dashfleet.registry import ROOT, RegistryError
from dashfleet.tool import app_requirements, imports, installed, pip_install, shared_pins

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

LOCK = ROOT / "requirements.lock"


def app(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return tmp_path


def inferred(folder) -> list[str]:
    return [i.requirement for i in imports.infer(folder, LOCK)]


@pytest.mark.parametrize(
    ("source", "wanted"),
    [
        # the standard library, and the shared runtime's packages by the names they import as
        ("import os, sys, json\nfrom collections import Counter\nimport dash, plotly.express\n", []),
        ("import flask\nimport werkzeug.exceptions\nimport requests\nimport pkg_resources\n", []),
        # Dash's ecosystem and common names that differ on PyPI
        (
            "import dash_bootstrap_components as dbc\nimport dash_ag_grid as dag\n"
            "from dash_iconify import DashIconify\nimport dash_mantine_components as dmc\n",
            ["dash-ag-grid", "dash-bootstrap-components", "dash-iconify", "dash-mantine-components"],
        ),
        (
            "from sklearn.linear_model import LinearRegression\nfrom PIL import Image\nimport yaml\n"
            "import cv2\nfrom bs4 import BeautifulSoup\nfrom dotenv import load_dotenv\n"
            "from dateutil import parser\n",
            [
                "pillow",
                "opencv-python-headless",
                "python-dotenv",
                "beautifulsoup4",
                "python-dateutil",
                "scikit-learn",
                "pyyaml",
            ],
        ),
        # `from x.y import z` counts x; a name not in the table is its own PyPI name
        ("from pandas.api.types import is_numeric_dtype\nimport numpy as np\n", ["numpy", "pandas"]),
        # imports inside functions, try blocks and conditions count too
        (
            "def load():\n    import polars\n    return polars\n"
            "try:\n    import diskcache\nexcept ImportError:\n    diskcache = None\n"
            "if True:\n    from dash_extensions.enrich import DashProxy\n",
            ["dash-extensions", "diskcache", "polars"],
        ),
        # a dotted name the table knows is kept whole
        ("from google.cloud import storage\nimport google.cloud.storage\n", ["google-cloud-storage"]),
        # relative imports are the app's own
        ("from . import helpers\nfrom .pages import home\n", []),
        # Dash 1's component packages become the stubs that re-export Dash's modules
        (
            "import dash_core_components as dcc\nimport dash_html_components as html\nimport dash_table\n",
            ["dash-core-components==2.0.0", "dash-html-components==2.0.0", "dash-table==5.0.0"],
        ),
    ],
    ids=[
        "stdlib-dash",
        "shared-runtime",
        "dash-ecosystem",
        "aliases",
        "from-x-y",
        "nested",
        "dotted",
        "relative",
        "dash1",
    ],
)
def test_requirements_are_inferred_from_the_imports(tmp_path, source, wanted):
    folder = app(tmp_path, {"app.py": source})
    assert sorted(inferred(folder)) == sorted(wanted)


def test_the_apps_own_modules_and_folders_are_not_packages(tmp_path):
    folder = app(
        tmp_path,
        {
            "app.py": "import helpers\nfrom components.cards import card\nfrom pages import home\n"
            "import toolz\n",
            "helpers.py": "import numpy\n",
            "components/cards.py": "import dash_daq\n",
            "pages/home.py": "import dash\n",
            "tests/test_app.py": "import pytest\n",  # the test runner's, not the app's
        },
    )
    assert inferred(folder) == ["dash-daq", "numpy", "toolz"]
    why = {i.requirement: i.why for i in imports.infer(folder, LOCK)}
    assert why["dash-daq"] == "components/cards.py:1 imports dash_daq"


def test_a_single_file_is_read_alone(tmp_path):
    app(
        tmp_path,
        {"one.py": "import dash_leaflet as dl\nimport other\n", "other.py": "import dash_cytoscape\n"},
    )
    assert [i.requirement for i in imports.infer(tmp_path / "one.py", LOCK)] == ["dash-leaflet", "other"]


def test_a_file_that_does_not_parse_is_said_and_skipped(tmp_path, capsys):
    folder = app(tmp_path, {"app.py": "import dash_daq\n", "old.py": "print 'python 2'\n"})
    assert inferred(folder) == ["dash-daq"]
    assert "old.py: not read (SyntaxError)" in capsys.readouterr().out


def test_the_shared_runtime_is_what_requirements_lock_pins():
    versions = imports.shared_versions(LOCK)
    assert versions["dash"] and versions["plotly"] and versions["flask"]
    assert "pandas" not in versions  # not shared: an app that imports it gets it in its own image
    assert {"dash", "plotly", "_plotly_utils", "flask", "werkzeug"} <= imports.shared_import_names(LOCK)


def test_an_inferred_requirements_file_says_why_for_each_line(tmp_path):
    folder = app(
        tmp_path, {"app.py": "import dash_bootstrap_components as dbc\nimport dash_html_components\n"}
    )
    plan = app_requirements.plan(folder, LOCK)
    assert plan.text.splitlines()[2:] == [
        "dash-bootstrap-components  # app.py:1 imports dash_bootstrap_components",
        "dash-html-components==2.0.0  # app.py:2 imports dash_html_components",
    ]
    assert plan.notes[1] == (
        "requirements.txt: dash-html-components==2.0.0 (inferred: app.py:2 imports dash_html_components: "
        "Dash 1's component package, whose last release re-exports dash.html from the shared Dash)"
    )


def test_dash1_stubs_join_an_apps_own_requirements_unless_listed(tmp_path):
    folder = app(
        tmp_path,
        {
            "app.py": "import dash_core_components as dcc\nimport dash_table\n",
            "requirements.txt": "pandas>=2.2\ndash-table==5.0.0\n",
        },
    )
    plan = app_requirements.plan(folder, LOCK)
    assert plan.text.endswith("dash-core-components==2.0.0  # app.py:1 imports dash_core_components\n")
    assert plan.text.count("dash-table") == 1


SHARED = {"dash": "4.4.1", "plotly": "7.1.0", "flask": "3.1.3"}


@pytest.mark.parametrize(
    ("line", "conflict"),
    [
        ("dash==1.19.0", "dash==1.19.0 (the fleet has dash 4.4.1)"),
        ("dash>=1.0,<2", "dash>=1.0,<2 (the fleet has dash 4.4.1)"),
        ("dash[diskcache]==2.17.1", "dash[diskcache]==2.17.1 (the fleet has dash 4.4.1)"),
        ("Flask==1.1.2  # pinned by pip freeze", "Flask==1.1.2 (the fleet has flask 3.1.3)"),
        (
            "dash_core_components==1.15.0",
            "dash_core_components==1.15.0 (the fleet has the dash-core-components 2.0.0 stub)",
        ),
        ("dash-table<5", "dash-table<5 (the fleet has the dash-table 5.0.0 stub)"),
        ("dash>=2.0", None),  # the shared version is allowed
        ("dash", None),
        ("plotly==7.1.0", None),
        ("dash-core-components==2.0.0", None),
        ("pandas==1.5.3", None),  # not the shared runtime's: this dashboard's own package
        ("dash==1.19.0 ; python_version < '3.0'", None),  # does not apply here
        ("-r base.txt", None),
        ("# dash==1.19.0", None),
    ],
)
def test_pins_the_shared_runtime_cannot_honour(line, conflict):
    found = shared_pins.conflicts(line + "\n", SHARED)
    assert [c.describe() for c in found] == ([conflict] if conflict else [])


def test_pins_the_shared_runtime_cannot_honour_give_the_app_its_own_environment(tmp_path):
    folder = app(tmp_path, {"app.py": "import dash\n", "requirements.txt": "dash==2.17.1\nplotly==5.24.1\n"})
    plan = app_requirements.plan(folder, LOCK)
    assert plan.runtime == "own"
    assert plan.text.startswith("dash==2.17.1\nplotly==5.24.1\n")  # the author's pins, as they are
    assert any('environment of its own (runtime = "own", Dash 2.17.1)' in note for note in plan.notes)


def test_an_explicit_requirements_file_wins_and_a_missing_one_is_named(tmp_path):
    folder = app(tmp_path, {"app.py": "import dash_daq\n", "requirements.txt": "numpy\n"})
    other = app(tmp_path / "elsewhere", {"reqs.txt": "dash-daq==0.6.0\n"}) / "reqs.txt"
    plan = app_requirements.plan(folder, LOCK, explicit=other)
    assert plan.text == "dash-daq==0.6.0\n" and plan.notes == [f"requirements.txt: copied from {other}"]
    with pytest.raises(RegistryError, match="--requirements .*nope.txt: no such file"):
        app_requirements.plan(folder, LOCK, explicit=tmp_path / "nope.txt")


# pip 24's own words for a conflict, as `pip install` prints them at its normal level
PIP_CONFLICT = """\
Collecting dash-extensions==0.1.13 (from -r requirements.txt (line 1))
INFO: pip is looking at multiple versions of flask-caching to determine which version is compatible.
ERROR: Cannot install dash-extensions because these package versions have conflicting dependencies.

The conflict is caused by:
    flask-caching 2.0.2 depends on Flask<3
    The user requested (constraint) flask==3.1.3

To fix this you could try to:
1. loosen the range of package versions you've specified
2. remove package versions to allow pip to attempt to solve the dependency conflict

ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/
"""


def test_pips_explanation_is_kept_naming_the_packages():
    assert pip_install.explanation(PIP_CONFLICT) == [
        "Cannot install dash-extensions because these package versions have conflicting dependencies.",
        "flask-caching 2.0.2 depends on Flask<3",
        "The user requested (constraint) flask==3.1.3",
    ]
    done = subprocess.CompletedProcess([], 1, "", PIP_CONFLICT)
    assert pip_install.reason(done) == (
        "pip: Cannot install dash-extensions because these package versions have conflicting "
        "dependencies.; flask-caching 2.0.2 depends on Flask<3; The user requested (constraint) flask==3.1.3"
    )


def test_putting_the_environment_back_uninstalls_the_new_and_reinstalls_the_changed():
    before = {"dash": "4.4.1", "six": "1.16.0", "numpy": "2.4.6"}
    after = {"dash": "4.4.1", "six": "1.17.0", "numpy": "2.4.6", "dash-daq": "0.6.0", "tqdm": "4.67.1"}
    assert installed.repairs(before, after) == (["dash-daq", "tqdm"], ["six==1.16.0"])
    assert installed.repairs(before, before) == ([], [])
    assert installed.repairs(before, {"dash": "4.4.1"}) == ([], ["numpy==2.4.6", "six==1.16.0"])
