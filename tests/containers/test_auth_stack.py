"""Sign-in on the compose stack (docker-compose.yml + compose.auth.yml): the secret comes from the
environment or compose refuses to start, and the gateway enforces access as in process mode."""

import os
import re
import subprocess

import pytest
import requests

from dashfleet import identity
from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.containers.stack import Stack, find_engine
from tests.helpers import add_account, check_sign_in_enforced, form_sign_in, unavailable

pytestmark = pytest.mark.containers
SECRET = "compose-secret-" + "z" * 40
PASSWORD = "ada's long password"


@pytest.fixture(scope="module")
def stack(registry, engine, tmp_path_factory):
    found = find_engine()
    if found is None:
        unavailable("no container engine (Docker, or Podman: ../shared/container-host/setup.sh)")
    users = tmp_path_factory.mktemp("auth-users") / "users.json"
    add_account(users, "ada", PASSWORD, "finance")
    users.chmod(0o644)  # readable by the landing's own user in the container (mounted read-only)
    stack = Stack(
        registry,
        f"dashfleet-auth-{os.getpid()}",
        free_port(),
        *found,
        files=("docker-compose.yml", "compose.auth.yml"),
    )
    stack.env.update({"DASHFLEET_SECRET_KEY": SECRET, "DASHFLEET_USERS_FILE": str(users)})
    try:
        stack.up()
        yield stack
    finally:
        stack.down()


@pytest.mark.parametrize(
    ("override", "unset", "message"),
    [
        ("compose.auth.yml", ["DASHFLEET_SECRET_KEY"], "set DASHFLEET_SECRET_KEY"),
        ("compose.oidc.yml", ["DASHFLEET_SECRET_KEY"], "set DASHFLEET_SECRET_KEY"),
        ("compose.oidc.yml", ["DASHFLEET_OIDC_ISSUER", "DASHFLEET_OIDC_CLIENT_ID"], "set DASHFLEET_OIDC_"),
    ],
)
def test_compose_refuses_to_start_without_its_settings(registry, engine, override, unset, message):
    found = find_engine()
    if found is None:
        unavailable("no container engine")
    stack = Stack(registry, "dashfleet-unset", free_port(), *found, files=("docker-compose.yml", override))
    stack.env.update(
        {
            "DASHFLEET_SECRET_KEY": "k" * 40,
            "DASHFLEET_OIDC_ISSUER": "https://id.example.org",
            "DASHFLEET_OIDC_CLIENT_ID": "dashfleet",
            "DASHFLEET_OIDC_CLIENT_SECRET": "s",
        }
    )
    for name in unset:
        stack.env.pop(name)
    with pytest.raises(RuntimeError, match=message):
        stack.compose("config", timeout=120)


def test_the_gateway_enforces_sign_in_in_containers(stack):
    check_sign_in_enforced(stack.url, "ada", PASSWORD)


def test_a_signed_out_session_stays_out_after_the_landing_restarts(stack):
    """Revocations live on the landing-state volume, not in the container."""
    session = requests.Session()
    assert form_sign_in(session, stack.url, "ada", PASSWORD, "/population/").status_code == 303
    copied = {"dashfleet_session": session.cookies["dashfleet_session"]}
    page = {"Accept": "text/html"}

    def status() -> int:
        return requests.get(
            f"{stack.url}/population/", cookies=copied, headers=page, allow_redirects=False, timeout=10
        ).status_code

    assert status() == 200
    logout_form = session.get(f"{stack.url}/logout", timeout=10).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', logout_form).group(1)
    assert session.post(f"{stack.url}/logout", data={"csrf": csrf}, allow_redirects=False, timeout=10).ok
    wait.until(lambda: status() == 302, 10, poll=0.2, what="the copied cookie refused")
    (landing,) = stack.containers(stack.registry.landing.service)
    stack.run("restart", "-t", "5", landing, timeout=120)
    stack.wait_ready()
    wait.until(lambda: wait.http_ok(f"{stack.url}/login"), 60, poll=0.5, what="the landing back")
    assert status() == 302


FETCH_KEY = (
    "import os, urllib.request as u; "
    "print(u.urlopen(os.environ['DASHFLEET_IDENTITY_KEY_URL']).read().decode())"
)


def test_dashboards_get_the_identity_key_through_the_gateway(stack):
    """In containers a dashboard fetches the public key it verifies identities with from the
    gateway's internal port; it is the key of this site's secret."""
    board = stack.registry.dashboards[0]
    (container,) = stack.containers(board.service)[:1]
    fetched = subprocess.run(
        [
            stack.engine,
            "exec",
            container,
            "python",
            "-c",
            FETCH_KEY,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert fetched.stdout.strip() == identity.public_key_text(SECRET), fetched.stderr
