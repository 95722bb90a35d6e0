"""A dashboard believes only the identity the gateway vouches for (dashfleet.identity): through the
gateway it learns who signed in; called directly, with any header a client can forge, it learns
nobody. Process mode with sign-in on, and a dashboard that shows `identity.current()`."""

from __future__ import annotations

import json
import textwrap

import pytest
import requests

from dashfleet import identity
from dashfleet.registry import load
from dashfleet.tool.local import Fleet, free_port
from tests.helpers import add_account, copy_project, dashfleet_cli, form_sign_in

SECRET = "identity-secret-" + "z" * 40
WHOAMI = '''
    """Shows who dashfleet.identity says is looking."""
    from dash import Dash, html

    from dashfleet import identity

    app = Dash(__name__)
    app.layout = lambda: html.Div(repr(identity.current()), id="who")
'''


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("identity"))
    (project / "dash_whoami").mkdir()
    (project / "dash_whoami" / "__init__.py").write_text("")
    (project / "dash_whoami" / "app.py").write_text(textwrap.dedent(WHOAMI))
    with (project / "dashboards.toml").open("a") as registry:
        registry.write(
            '\n[dashboards.whoami]\ntitle = "Who am I"\ndescription = "identity.current()"\n'
            'prefix = "/whoami/"\nservice = "dash_whoami"\napp = "dash_whoami.app:app"\n'
        )
    assert dashfleet_cli(project, "render").returncode == 0
    add_account(project / "users.json", "ada", "ada's long password", "finance")
    run_dir = tmp_path_factory.mktemp("identity-fleet")
    env = {
        "DASHFLEET_AUTH": "accounts",
        "DASHFLEET_SECRET_KEY": SECRET,
        "DASHFLEET_USERS": str(project / "users.json"),
    }
    with Fleet(load(project / "dashboards.toml"), port=free_port(), run_dir=run_dir, env=env) as running:
        yield running


def service_get(fleet, name, path, headers):
    """Straight to the service, around the gateway (as a process of the fleet's user could)."""
    return fleet.get(name, path, headers=headers, timeout=10)


def who(layout_json: dict) -> str:
    return layout_json["props"]["children"]


def test_through_the_gateway_the_dashboard_learns_who_signed_in(fleet):
    session = requests.Session()
    assert form_sign_in(session, fleet.url, "ada", "ada's long password").status_code == 303
    layout = session.get(f"{fleet.url}/whoami/_dash-layout", timeout=10)
    assert who(layout.json()) == "Identity(user='ada', groups=('finance',), email='')"


FORGED = {
    "plain headers": {"X-Forwarded-User": "admin", "X-Forwarded-Groups": "finance"},
    "another dashboard's assertion": {
        identity.HEADER: identity.sign(identity.signing_key(SECRET), "population", "admin", ["finance"], "")
    },
    "another key's assertion": {
        identity.HEADER: identity.sign(identity.signing_key("x" * 48), "whoami", "admin", ["finance"], "")
    },
}


@pytest.mark.parametrize("headers", FORGED.values(), ids=FORGED.keys())
def test_called_directly_with_forged_headers_it_learns_nobody(fleet, headers):
    layout = service_get(fleet, "whoami", "/whoami/_dash-layout", headers=headers)
    assert layout.status == 200
    assert who(json.loads(layout.body)) == "None"


@pytest.mark.parametrize("headers", FORGED.values(), ids=FORGED.keys())
def test_through_the_gateway_a_clients_identity_headers_count_for_nothing(fleet, headers):
    # Anonymous through the gateway: the check sends it to sign in; the headers change nothing.
    layout = requests.get(f"{fleet.url}/whoami/_dash-layout", headers=headers, timeout=10)
    assert layout.status_code == 401
