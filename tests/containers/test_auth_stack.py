"""Sign-in on the compose stack (docker-compose.yml + compose.auth.yml): the secret comes from the
environment or compose refuses to start, and the gateway enforces access as in process mode."""

import os

import pytest

from dashfleet.tool.local import free_port
from tests.containers.stack import Stack, find_engine
from tests.helpers import add_account, check_sign_in_enforced, unavailable

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
