"""Sign-in on the Swarm stack (stack.yml + auth.yml): the users file as a Docker secret, the secret
key required from the environment, and the gateway enforcing access as in the other modes."""

import os
import subprocess

import pytest

from dashfleet.tool import swarm
from dashfleet.tool.local import free_port
from tests.helpers import ROOT, add_account, check_sign_in_enforced, unavailable
from tests.swarm.stack import SwarmStack

pytestmark = pytest.mark.swarm
PASSWORD = "ada's long password"


@pytest.fixture(scope="module")
def stack(registry, engine, tmp_path_factory):
    users = tmp_path_factory.mktemp("swarm-users") / "users.json"
    add_account(users, "ada", PASSWORD, "finance")
    env = {"DASHFLEET_SECRET_KEY": "swarm-secret-" + "s" * 40, "DASHFLEET_USERS_FILE": str(users)}
    stack = SwarmStack(registry, f"dashfleet-swarmauth-{os.getpid()}", free_port(), env=env, auth=True)
    if not stack.available():
        unavailable(
            "no Docker Engine for the Swarm tier (ENGINE=docker SWARM=1 ../shared/container-host/setup.sh)"
        )
    try:
        stack.up()
        yield stack
    finally:
        stack.down()


def test_the_key_comes_from_the_environment(registry, engine):
    if not SwarmStack.available():
        unavailable("no Docker Engine for the Swarm tier")
    env = {**os.environ, "DASHFLEET_SECRET_KEY": "k" * 40}
    done = subprocess.run(
        ["docker", "stack", "config", "-c", "deploy/swarm/stack.yml", "-c", "deploy/swarm/auth.yml"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f"DASHFLEET_SECRET_KEY: {'k' * 40}" in done.stdout


def test_the_gateway_enforces_sign_in_on_swarm(stack):
    check_sign_in_enforced(stack.url, "ada", PASSWORD)
    assert swarm.services(stack.name)  # (the stack is the one under test)
