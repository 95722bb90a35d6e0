"""Adopting an existing app: finding it in the source, choosing plotly.js, and the service loader
that builds it at its prefix with dashfleet's layer (called directly, in this process)."""

import json
import sys
import textwrap

import pytest
from dash import Dash, html

from dashfleet import service
from dashfleet.dashapp import install_fleet_layer
from dashfleet.registry import RegistryError
from dashfleet.tool.adopt import choose_plotly, find_app
from tests.helpers import APPS, ROOT


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


@pytest.mark.parametrize(
    ("files", "entry", "title"),
    [
        ({"app.py": "import dash\napp = dash.Dash(__name__, title='Sales')\n"}, "app:app", "Sales"),
        (
            {"main.py": "from dash import Dash\ndashboard = Dash()\nserver = dashboard.server\n"},
            "main:dashboard",
            None,
        ),
        (
            {"factory.py": "from dash import Dash\ndef build():\n    app = Dash()\n    return app\n"},
            "factory:build",
            None,
        ),
        # app.py is looked at before the other files (and dash-extensions' DashProxy counts too)
        (
            {
                "zeta.py": "from dash import Dash\nz = Dash()\n",
                "app.py": "from dash import Dash\na = Dash()\n",
            },
            "app:a",
            None,
        ),
        (
            {"app.py": "from dash_extensions.enrich import DashProxy\nproxy = DashProxy()\n"},
            "app:proxy",
            None,
        ),
    ],
    ids=["module-level", "other-name", "factory", "app-py-first", "dash-extensions"],
)
def test_find_app_reads_the_source(tmp_path, files, entry, title):
    for name, text in files.items():
        write(tmp_path, name, text)
    found = find_app(tmp_path)
    assert (found.entry, found.title) == (entry, title)


def test_find_app_in_a_single_file_and_the_test_apps():
    assert find_app(APPS / "ledger.py").entry == "ledger:app"
    assert find_app(APPS / "atlas").entry == "app:app"
    assert find_app(APPS / "inventory").entry == "main:create_app"


def test_no_app_found_says_how_to_name_it(tmp_path):
    write(tmp_path, "helpers.py", "x = 1\n")
    with pytest.raises(RegistryError, match="no Dash app found .* --app module:attribute"):
        find_app(tmp_path)


@pytest.mark.parametrize(
    ("source", "bundle"),
    [
        (
            "import plotly.express as px\nfrom dash import dcc\ndcc.Graph(figure=px.bar(x=[1], y=[2]))\n",
            "basic",
        ),
        (
            "import plotly.express as px\nfrom dash import dcc\ndcc.Graph(figure=px.histogram(x=[1]))\n",
            "full",
        ),
        # px.scatter/line switch to WebGL (not in the small bundle) above 1000 points, unless SVG
        (
            "import plotly.express as px\nfrom dash import dcc\ndcc.Graph(figure=px.line(x=[1], y=[2]))\n",
            "full",
        ),
        (
            "import plotly.express as px\nfrom dash import dcc\n"
            "dcc.Graph(figure=px.line(x=[1], y=[2], render_mode='svg'))\n",
            "basic",
        ),
        (
            "import plotly.express as e\nfrom dash import dcc\n"
            "dcc.Graph(figure=e.bar(x=[1], marginal_x='box'))\n",
            "full",
        ),
        (
            "from plotly import graph_objects as go\nfrom dash import dcc\n"
            "dcc.Graph(figure=go.Figure(go.Pie()))\n",
            "basic",
        ),
        (
            "import plotly.graph_objects as go\nfrom dash import dcc\n"
            "dcc.Graph(figure=go.Figure(go.Heatmap()))\n",
            "full",
        ),
        ("from dash import dcc\ndcc.Graph(figure={'data': [{'type': 'bar', 'x': [1]}]})\n", "basic"),
        ("from dash import dcc\ndcc.Graph(figure={'data': [{'type': 'choropleth'}]})\n", "full"),
        # a pattern-matching id's "type" is not a trace
        ("from dash import dcc\ndcc.Graph(id={'type': 'chart', 'index': 1}, figure={'data': []})\n", "basic"),
        (
            "import plotly.figure_factory as ff\nfrom dash import dcc\n"
            "dcc.Graph(figure=ff.create_table([[1]]))\n",
            "full",
        ),
        # no graph: Dash's own bundle is fetched only where a graph is drawn, i.e. never
        ("from dash import html\nhtml.Div('no charts')\n", "none"),
    ],
)
def test_plotly_bundle_is_chosen_from_the_figures(tmp_path, source, bundle):
    assert choose_plotly([write(tmp_path, "app.py", source)]) == bundle


def test_test_apps_get_the_bundle_their_figures_need():
    assert choose_plotly(sorted((APPS / "inventory").rglob("*.py"))) == "basic"  # px.bar only
    assert choose_plotly([APPS / "ledger.py"]) == "none"  # no graph at all


@pytest.fixture
def module_dir(tmp_path, monkeypatch):
    """A folder first on sys.path, as a service's folder is; its modules forgotten afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("DASH_URL_BASE_PATHNAME", raising=False)
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("fleet_probe_"):
            del sys.modules[name]


APP_SOURCE = """
from dash import Dash, Input, Output, dcc, html
app = Dash(__name__{args})
app.layout = html.Div([dcc.Input(id="in", value="a"), html.Div(id="out")])

@app.callback(Output("out", "children"), Input("in", "value"))
def echo(value):
    return value
"""


def body():
    return {
        "output": "out.children",
        "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "in", "property": "value", "value": "hi"}],
        "changedPropIds": ["in.value"],
    }


@pytest.mark.parametrize(
    ("name", "entry"),
    [("fleet_probe_obj", "app"), ("fleet_probe_server", "app.server"), ("fleet_probe_factory", "make")],
)
def test_service_serves_an_app_its_server_or_a_factory_at_the_prefix(module_dir, name, entry):
    source = APP_SOURCE.format(args="")
    if entry == "app.server":
        source += "server = app.server\n"
        entry = "server"
    if entry == "make":
        source = "def make():\n" + textwrap.indent(APP_SOURCE.format(args="") + "return app\n", "    ")
    write(module_dir, f"{name}.py", source)
    server = service.build(f"{name}:{entry}", prefix="/probe/")
    client = server.test_client()
    assert client.get("/probe/").status_code == 200
    assert client.get("/probe/health").get_data(as_text=True) == "ok\n"
    assert client.get("/health").status_code == 200  # the probe path inside the service
    config = json.loads(
        client.get("/probe/")
        .get_data(as_text=True)
        .split('id="_dash-config" type="application/json">')[1]
        .split("</script>")[0]
    )
    assert config["requests_pathname_prefix"] == "/probe/" and "python_version" not in config
    answer = client.post("/probe/_dash-update-component", json=body())
    assert answer.get_json()["response"]["out"]["children"] == "hi"
    # dashfleet's layer, from the outside: a malformed body is a short 4xx, not a 500
    bad = client.post("/probe/_dash-update-component", json={})
    assert bad.status_code == 400 and "Traceback" not in bad.get_data(as_text=True)


def test_an_app_pinned_to_the_declared_prefix_runs_there(module_dir):
    write(
        module_dir,
        "fleet_probe_pinned.py",
        APP_SOURCE.format(args=', requests_pathname_prefix="/probe/", routes_pathname_prefix="/probe/"'),
    )
    client = service.build("fleet_probe_pinned:app", prefix="/probe/").test_client()
    assert client.post("/probe/_dash-update-component", json=body()).status_code == 200


def test_an_app_pinned_elsewhere_gets_one_line_naming_the_fix(module_dir):
    write(module_dir, "fleet_probe_elsewhere.py", APP_SOURCE.format(args=', url_base_pathname="/old/"'))
    with pytest.raises(service.ServiceConfigError) as err:
        service.build("fleet_probe_elsewhere:app", prefix="/probe/")
    message = str(err.value)
    assert "\n" not in message
    assert "pins its own base path '/old/'" in message and "set prefix = '/old/'" in message


def test_a_missing_package_is_named_with_the_fix(module_dir):
    write(module_dir, "fleet_probe_needs.py", "import no_such_package_here\n")
    with pytest.raises(service.ServiceConfigError, match="'no_such_package_here'.*requirements.txt"):
        service.build("fleet_probe_needs:app", prefix="/probe/")


def test_the_layer_keeps_an_apps_own_error_handlers_and_health():
    app = Dash(__name__, url_base_pathname="/own/")
    app.layout = html.Div()

    @app.server.route("/own/health")
    def own_health():
        return "mine"

    @app.server.errorhandler(Exception)
    def own_errors(exc):
        return "my error page", 500

    install_fleet_layer(app)
    install_fleet_layer(app)  # idempotent
    client = app.server.test_client()
    assert client.get("/own/health").get_data(as_text=True) == "mine"
    assert client.get("/health").get_data(as_text=True) == "ok\n"
    assert app.server.error_handler_spec[None][None][Exception] is own_errors


def test_pins_become_constraints_without_hashes(tmp_path):
    from dashfleet.locks import constraints

    lock = write(
        tmp_path,
        "requirements.lock",
        """\
        # generated
        dash==4.4.1 \\
            --hash=sha256:aaaa \\
            --hash=sha256:bbbb
            # via dashfleet
        tzdata==2026.6 ; sys_platform == 'win32' \\
            --hash=sha256:cccc
        """,
    )
    assert constraints(lock) == "dash==4.4.1\ntzdata==2026.6 ; sys_platform == 'win32'\n"


@pytest.mark.parametrize("filename", ["fleet_probe-v2.py", "fleet_probe.4.py"])
def test_a_file_python_cannot_import_is_served_unrenamed_through_a_loader(module_dir, filename):
    from dashfleet.tool import adopt, entry_file

    original = APP_SOURCE.format(args="") + "assert __name__ != '__main__'\n"
    write(module_dir, filename, original)
    (module_dir / "assets").mkdir()
    (module_dir / "assets" / "style.css").write_text("body { margin: 0 }\n")
    found = find_app(module_dir)
    entry, (loader_file, text, note) = adopt._importable_entry(module_dir, found.entry)
    assert found.entry == f"{filename.removesuffix('.py')}:app" and entry.endswith(":app")
    module = entry.partition(":")[0]
    assert entry_file.importable(module) and module in ("fleet_probe_v2", "fleet_probe_4")
    assert loader_file == f"{module}.py" and f"app = {entry}" in note
    write(module_dir, loader_file, text)
    client = service.build(entry, prefix="/probe/").test_client()
    assert sys.modules[module].__file__ == str(module_dir / filename)  # the author's file, as it is
    assert (module_dir / filename).read_text() == textwrap.dedent(original)
    assert (
        client.post("/probe/_dash-update-component", json=body()).get_json()["response"]["out"]["children"]
        == "hi"
    )
    assert "/probe/assets/style.css" in client.get("/probe/").get_data(as_text=True)  # beside the file


def test_an_importable_name_needs_no_loader_and_a_taken_name_is_avoided(tmp_path):
    from dashfleet.tool import adopt, entry_file

    write(tmp_path, "app.py", APP_SOURCE.format(args=""))
    assert adopt._importable_entry(tmp_path, "app:app") == ("app:app", None)
    assert adopt._importable_entry(tmp_path, "app.py:app") == ("app:app", None)  # --app may name the file
    assert entry_file.module_name("app-v2", {"app_v2"}) == "app_v2_2"
    assert entry_file.module_name("class", set()) == "app_class"
    assert entry_file.module_name("4.progress", set()) == "app_4_progress"


def test_the_probe_names_the_package_to_add_for_a_missing_import(tmp_path):
    from dashfleet.tool.probe import missing_package

    (tmp_path / "helpers").mkdir()
    (tmp_path / "helpers" / "deep.py").write_text("")

    def verdict(name):
        try:
            raise service.ServiceConfigError("not installed") from ModuleNotFoundError(
                f"No module named {name!r}", name=name
            )
        except service.ServiceConfigError as exc:
            return missing_package(exc, tmp_path, "app:app")

    assert verdict("dash_bootstrap_components") == (
        "ModuleNotFoundError: No module named 'dash_bootstrap_components': "
        "add dash-bootstrap-components to requirements.txt, or pass --requirements FILE"
    )
    assert verdict("sklearn.linear_model").endswith(
        "add scikit-learn to requirements.txt, or pass --requirements FILE"
    )
    assert verdict("dash_table").endswith(
        "add dash-table==5.0.0 to requirements.txt, or pass --requirements FILE"
    )
    assert "helpers is in the app's folder, but not at its top" in verdict("helpers")
    assert verdict("app") is None  # the entry module itself: the loader's own message says where


def test_an_app_whose_components_compile_code_gets_unsafe_eval_on_its_own_pages(tmp_path):
    from dashfleet.registry import parse
    from dashfleet.tool.adopt import _compiles_code, _toml_entry

    app = write(
        tmp_path, "app.py", "import dash_vega_components as dvc\nfrom dash import Dash\napp = Dash()\n"
    )
    notes = _compiles_code(app)
    assert notes == [
        "app.py:1 imports dash_vega_components: Vega compiles its chart expressions with Function, "
        "so its pages allow 'unsafe-eval' (registry csp; no other dashboard's)"
    ]
    entry = _toml_entry("charts", {"prefix": "/charts/", "csp": {"script-src": ["'unsafe-eval'"]}})
    assert 'csp = { "script-src" = ["\'unsafe-eval\'"] }' in entry
    base = (ROOT / "dashboards.toml").read_text()
    extra = entry + 'title = "C"\ndescription = "C."\nservice = "dash_charts"\napp = "app:app"\n'
    board = parse(base + "\n" + extra).dashboard("charts")
    assert board.csp == (("script-src", ("'unsafe-eval'",)),)
    for wrong in ('{ "img-src" = ["\'unsafe-eval\'"] }', '{ "script-src" = ["\'unsafe-inline\'"] }'):
        with pytest.raises(RegistryError, match="script-src may also hold 'unsafe-eval'"):
            parse(base + "\n" + extra.replace(entry.split("csp = ")[1].splitlines()[0], wrong))
    (tmp_path / "b").mkdir()
    assert _compiles_code(write(tmp_path / "b", "app.py", "import altair\n")) == []
