"""Sign-in through a real OpenID Connect provider on the compose stack (docker-compose.yml +
compose.oidc.yml): the provider runs as a container beside it (tests/oidc/compose.provider.yml).
The browser side reaches the provider at its published loopback address (its issuer URL); the
landing service reaches it across the egress network at another address (DASHFLEET_OIDC_INTERNAL_URL),
which is how a provider in the same project or cluster is met in practice."""

import os
import shutil

import pytest
import requests

from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.containers.stack import Stack, find_engine
from tests.helpers import (
    CLIENT_ID,
    CLIENT_SECRET,
    PAGE,
    PROVIDER_DIR,
    provider_node,
    sign_out_at_the_provider,
    through_provider,
    unavailable,
)

pytestmark = pytest.mark.containers
FILES = ("docker-compose.yml", "compose.oidc.yml", str(PROVIDER_DIR / "compose.provider.yml"))


@pytest.fixture(scope="module")
def stack(registry, engine, tmp_path_factory):
    found = find_engine()
    if found is None:
        unavailable("no container engine (Docker, or Podman: ../shared/container-host/setup.sh)")
    context = tmp_path_factory.mktemp("oidc-image")
    shutil.copy(provider_node(), context / "node")
    shutil.copy(PROVIDER_DIR / "Dockerfile", context / "Dockerfile")
    shutil.copytree(PROVIDER_DIR, context / "oidc", ignore=shutil.ignore_patterns("Dockerfile", "*.yml"))
    stack = Stack(registry, f"dashfleet-oidc-{os.getpid()}", free_port(), *found, files=FILES)
    issuer_port = free_port()
    stack.env.update(
        {
            "DASHFLEET_SECRET_KEY": "compose-oidc-secret-" + "y" * 40,
            "DASHFLEET_OIDC_ISSUER": f"http://127.0.0.1:{issuer_port}",
            "DASHFLEET_OIDC_INTERNAL_URL": "http://oidc:3000",
            "DASHFLEET_OIDC_CLIENT_ID": CLIENT_ID,
            "DASHFLEET_OIDC_CLIENT_SECRET": CLIENT_SECRET,
            "DASHFLEET_TEST_OIDC_CONTEXT": str(context),
            "DASHFLEET_TEST_OIDC_PORT": str(issuer_port),
            "DASHFLEET_TEST_SITE": stack.url,
        }
    )
    try:
        stack.up()
        issuer = stack.env["DASHFLEET_OIDC_ISSUER"]
        wait.until(lambda: wait.http_ok(issuer + "/.well-known/openid-configuration"), 60, what="provider")
        yield stack
    finally:
        stack.down()


def test_sign_in_through_the_provider_and_out_again_in_containers(stack):
    issuer = stack.env["DASHFLEET_OIDC_ISSUER"]
    xhr = requests.get(
        stack.url + "/population/_dash-layout", headers={"Accept": "application/json"}, timeout=10
    )
    assert xhr.status_code == 401

    session = requests.Session()
    start = session.get(stack.url + "/population/", headers=PAGE, timeout=10)
    assert start.url.startswith(issuer + "/interaction/")  # the provider's own sign-in page
    back = through_provider(session, start, "ada")  # the landing redeems the code at oidc:3000
    assert (back.url, back.status_code) == (stack.url + "/population/", 200)
    assert session.get(stack.url + "/population/_dash-layout", timeout=10).status_code == 200

    home = sign_out_at_the_provider(session, stack.url, issuer)
    assert (home.url, home.status_code) == (stack.url + "/", 200)
    again = session.get(stack.url + "/population/", headers=PAGE, timeout=10)
    assert again.url.startswith(issuer + "/interaction/") and 'value="login"' in again.text
