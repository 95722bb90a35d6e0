"""The registry: parsing, every kind of mistake, and the drift check over derived files."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from dashfleet.registry import RESERVED_PREFIXES, RegistryError, load, parse
from dashfleet.tool import render
from tests.helpers import SALES_ENTRY, copy_project

ROOT = Path(__file__).resolve().parents[2]

VALID = (
    """
[site]
title = "Fleet"
[landing]
service = "landing"
app = "landing:create_app"
"""
    + SALES_ENTRY
)


def with_board(extra: str) -> str:
    return VALID + extra


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("replicas = 0", "replicas must be a whole number from 1 to 50"),
        ('replicas = "2"', "replicas must be a whole number from 1 to 50"),
        ("max_replicas = 51", "max_replicas must be a whole number from 1 to 50"),
        ("replicas = 4\nmax_replicas = 2", "max_replicas (2) is below replicas (4)"),
        ("workers = 0", "workers must be a whole number from 1 to 32"),
        ("workers = true", "workers must be a whole number from 1 to 32"),
        ("threads = 65", "threads must be a whole number from 1 to 64"),
        ('threads = "4"', "threads must be a whole number from 1 to 64"),
        ("idle_timeout = 0", "idle_timeout must be a whole number from 1 to 86400"),
        ("idle_timeout = 1.5", "idle_timeout must be a whole number from 1 to 86400"),
    ],
)
def test_number_mistakes_name_the_field(fields, message):
    with pytest.raises(RegistryError, match=re.escape(message)):
        parse(VALID + fields + "\n")


def test_replicas_default_and_reach_the_entry():
    (sales,) = parse(VALID).dashboards
    assert (sales.replicas, sales.max_replicas) == (1, 3)
    (sales,) = parse(VALID + "replicas = 5\n").dashboards
    assert (sales.replicas, sales.max_replicas) == (5, 5)


def test_workers_and_threads_reach_every_target():
    (sales,) = parse(VALID).dashboards
    assert (sales.workers, sales.threads) == (None, 1)  # WEB_CONCURRENCY's default, sync workers
    registry = parse(VALID + "workers = 1\nthreads = 4\n", root=ROOT)
    files = {str(path): text for path, text in render.render(registry).items()}
    for name in ("docker-compose.yml", "deploy/swarm/stack.yml"):
        sales_block = files[name].split("  dash_sales:")[1].split("\n\n")[0]
        assert 'WEB_CONCURRENCY: "1"' in sales_block and 'GUNICORN_THREADS: "4"' in sales_block, name
    deployment = files["deploy/kubernetes/base/sales.yaml"]
    assert 'name: WEB_CONCURRENCY\n              value: "1"' in deployment
    assert 'name: GUNICORN_THREADS\n              value: "4"' in deployment


def test_shipped_registry_declares_the_two_dashboards():
    registry = load(ROOT / "dashboards.toml")
    assert [(d.name, d.prefix, d.service) for d in registry.dashboards] == [
        ("simple", "/simple/", "dash_simple"),
        ("population", "/population/", "dash_population"),
    ]
    assert registry.landing.prefix == "/"
    assert registry.dashboard("population").upstream_env == "DASHFLEET_UPSTREAM_POPULATION"


@pytest.mark.parametrize("value", ['"pandas"', '["pandas", "os;rm"]', '["../x"]', "[1]"])
def test_shared_imports_must_be_module_names(value):
    text = VALID.replace('title = "Fleet"\n', f'title = "Fleet"\nshared_imports = {value}\n')
    with pytest.raises(RegistryError, match="shared_imports must be a list of up to 50 module names"):
        parse(text)


def test_shared_imports_reach_the_registry():
    text = VALID.replace(
        'title = "Fleet"\n', 'title = "Fleet"\nshared_imports = ["pandas", "plotly.express"]\n'
    )
    assert parse(text).shared_imports == ("pandas", "plotly.express")
    assert parse(VALID).shared_imports == ()


def test_parse_valid_registry():
    reg = parse(VALID)
    assert reg.title == "Fleet"
    (sales,) = reg.dashboards
    assert (sales.title, sales.app) == ("Sales", "dash_sales:create_app")
    assert [s.name for s in reg.services] == ["landing", "sales"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            with_board(
                '[dashboards.other]\ntitle="O"\ndescription="o"\nprefix="/sales/"\n'
                'service="dash_other"\napp="dash_other:create_app"\n'
            ),
            "duplicate prefix '/sales/': used by both 'sales' and 'other'",
        ),
        (
            with_board(
                '[dashboards.other]\ntitle="O"\ndescription="o"\nprefix="/other/"\n'
                'service="dash_sales"\napp="dash_other:create_app"\n'
            ),
            "duplicate service 'dash_sales'",
        ),
        (VALID.replace('title = "Sales"\n', ""), "[dashboards.sales]: missing field 'title'"),
        (VALID.replace('"/sales/"', '"sales"'), "prefix 'sales' must be one path segment"),
        (VALID.replace('"/sales/"', '"/sales"'), "prefix '/sales' must be one path segment"),
        (VALID.replace('"/sales/"', '"/a/b/"'), "prefix '/a/b/' must be one path segment"),
        *(
            (VALID.replace('"/sales/"', f'"{reserved}"'), f"prefix '{reserved}' is reserved")
            for reserved in RESERVED_PREFIXES
        ),
        (VALID.replace("prefix =", 'prefx = "x"\nprefix ='), "unknown field(s) prefx"),
        (VALID.replace('"dash_sales:create_app"', '"dash_sales"'), "app 'dash_sales' is malformed"),
        (VALID.replace('"Sales"', '"Sales $x"'), "title 'Sales $x' is malformed"),
        (VALID.replace("[dashboards.sales]", "[dashboards.Sales]"), "name must be lowercase"),
        (VALID.replace("[landing]", "[lnding]"), "unknown field(s) lnding"),
        (VALID + 'thumbnail = "../secret.png"\n', "thumbnail '../secret.png' is malformed"),
        ("[site\n", "not valid TOML"),
    ],
)
def test_mistakes_get_a_clear_error(text, message):
    with pytest.raises(RegistryError) as err:
        parse(text, source="dashboards.toml")
    assert message in str(err.value)
    assert str(err.value).startswith("dashboards.toml: ")


def test_missing_file_is_a_registry_error(tmp_path):
    with pytest.raises(RegistryError, match="cannot read the registry"):
        load(tmp_path / "nope.toml")


def test_committed_files_match_the_registry(registry):
    assert render.drift(registry) == []


def test_drift_names_the_file_and_the_difference(registry, tmp_path):
    for rel, text in render.render(registry).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    conf = tmp_path / render.GATEWAY_TEMPLATE
    conf.write_text(conf.read_text().replace("location /population/ {", "location /pop/ {"))
    (tmp_path / render.DOWN_PAGE).unlink()

    problems = render.drift(registry, root=tmp_path)

    assert len(problems) == 2
    conf_problem = next(p for p in problems if str(render.GATEWAY_TEMPLATE) in p)
    assert "does not match the registry" in conf_problem
    assert "-    location /pop/ {" in conf_problem and "+    location /population/ {" in conf_problem
    assert any(p.startswith(f"{render.DOWN_PAGE}: missing") for p in problems)


def test_gateway_routes_every_registered_prefix(registry):
    conf = render.render(registry)[render.GATEWAY_TEMPLATE]
    for board in registry.dashboards:
        assert f"location {board.prefix} {{" in conf
        assert f"location = {board.prefix.rstrip('/')} {{" in conf  # to the landing, which decides
        assert f'set $dashfleet_board "{board.name}";' in conf  # what the sign-in check is told
        assert f"set $dashfleet_upstream ${{{board.upstream_env}}};" in conf
    # Paths reach each service with their prefix, in nginx's canonical form (the one its location
    # was chosen by): every rewrite is that one, and no prefix header is sent.
    rewrites = re.findall(r"^\s*rewrite\b.*$", conf, re.M)
    assert rewrites and all(r.split("#")[0].strip() == "rewrite ^ $uri break;" for r in rewrites)
    assert not re.search(r"^\s*proxy_set_header X-Forwarded-Prefix\b", conf, re.M)


def run_check(registry_text: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """`dashfleet --registry PATH check`: the registry's folder is the project it checks."""
    copy_project(tmp_path)
    path = tmp_path / "dashboards.toml"
    path.write_text(registry_text)
    return subprocess.run(
        [sys.executable, "-m", "dashfleet", "--registry", str(path), "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_command_passes_on_the_project():
    done = subprocess.run(
        [sys.executable, "-m", "dashfleet", "check"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "match the registry" in done.stdout


def test_check_command_fails_when_a_dashboard_is_added_without_rendering(tmp_path):
    text = (ROOT / "dashboards.toml").read_text() + SALES_ENTRY
    done = run_check(text, tmp_path)
    assert done.returncode == 1
    assert f"{render.GATEWAY_TEMPLATE}: does not match the registry; run `make render`" in done.stderr
    assert "+    location /sales/ {" in done.stderr


def test_check_command_reports_a_broken_registry(tmp_path):
    done = run_check((ROOT / "dashboards.toml").read_text().replace('"/simple/"', '"/population/"'), tmp_path)
    assert done.returncode == 2
    assert "duplicate prefix '/population/'" in done.stderr


def test_every_path_the_gateway_answers_itself_is_reserved(registry):
    """A dashboard at one of the gateway's own paths would break it (a duplicate location stops
    nginx; /login/ would swallow the OpenID Connect callback): the registry refuses them all."""
    conf = render.render(registry)[render.GATEWAY_TEMPLATE]
    public_server = conf.split("\nserver {", 2)[1]
    own = set(re.findall(r"location (?:= )?(/[^/\s{]+)", public_server))
    own -= {d.prefix.rstrip("/") for d in registry.dashboards}
    assert own, "the gateway answers some paths itself"
    for path in own:
        assert path + "/" in RESERVED_PREFIXES, path
