"""Shared fixtures: the registry, and the site running for real on loopback.

`fleet` is the process mode `make run` starts (nginx + one gunicorn per service); `single_site`
is the one-process fallback; `containers_site` the compose stack on a real container engine.
Processes are stopped by PID, containers by their project, when the session ends.

With DASHFLEET_TEST_FLEET=five (the second pass of `make test`), the same suites run against a
copy of the project with the three third-party apps of tests/apps added: five dashboards.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from dashfleet import registry as fleet_registry
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.containers.stack import Stack, docker_daemon, find_engine
from tests.helpers import (
    AUTH_SECRET,
    CLIENT_ID,
    CLIENT_SECRET,
    HOSTED_SECRET,
    PROVIDER_DIR,
    SIGN_IN_PASSWORDS,
    add_account,
    copy_project,
    dashfleet_cli,
    dashfleet_run,
    provider_node,
    signed_in_fleet,
    unavailable,
)
from tests.helpers import adopted_project as make_adopted_project
from tests.swarm.stack import SwarmStack

ROOT = Path(__file__).resolve().parent.parent
FIVE = os.environ.get("DASHFLEET_TEST_FLEET") == "five"


@dataclass
class Site:
    """A running site as a visitor sees it: a base URL, and how it is served."""

    url: str
    mode: str  # "gateway", "single" or "containers"
    backend: Fleet | Stack | None = None  # stop_service(name) / start_service(name)
    log: Path | None = None

    def get(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", 10)
        return requests.get(self.url + path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", 10)
        return requests.post(self.url + path, **kwargs)


@pytest.fixture(scope="session")
def adopted_project(tmp_path_factory) -> Path:
    """A copy of the project with tests/apps added by `dashfleet add` (five dashboards)."""
    return make_adopted_project(tmp_path_factory.mktemp("adopted"))


@pytest.fixture(scope="session")
def project_root(request) -> Path:
    return request.getfixturevalue("adopted_project") if FIVE else ROOT


@pytest.fixture(scope="session")
def registry(project_root) -> fleet_registry.Registry:
    return fleet_registry.load(project_root / "dashboards.toml")


def _running_fleet(registry, run_dir: Path):
    with Fleet(registry, port=free_port(), run_dir=run_dir, log_dir=run_dir / "logs") as running:
        assert running.failed == {}, running.failed
        yield running


@pytest.fixture(scope="session")
def fleet(registry, tmp_path_factory) -> Fleet:
    """The whole site in process mode: real nginx in front of real gunicorn services."""
    yield from _running_fleet(registry, tmp_path_factory.mktemp("fleet"))


@pytest.fixture(scope="session")
def adopted_fleet(request, adopted_project, tmp_path_factory) -> Fleet:
    """Process mode on the five-dashboard project (the session's own fleet when that is it)."""
    if FIVE:
        yield request.getfixturevalue("fleet")
        return
    registry = fleet_registry.load(adopted_project / "dashboards.toml")
    yield from _running_fleet(registry, tmp_path_factory.mktemp("adopted-fleet"))


@pytest.fixture(scope="session")
def gateway_site(fleet) -> Site:
    return Site(fleet.url, "gateway", fleet)


@pytest.fixture(scope="session")
def single_site(tmp_path_factory) -> Site:
    """`dashfleet run` where nginx is missing: every app in one process."""
    if FIVE:
        pytest.skip("one process refuses adopted apps (tests/gateway/test_adopted_http.py checks how)")
    port = free_port()
    log = tmp_path_factory.mktemp("single") / "single.log"
    with dashfleet_run(port, log, env={"NGINX": "/nonexistent/nginx"}, ready="one process (fallback)"):
        url = f"http://127.0.0.1:{port}"
        wait.until(lambda: wait.http_ok(url + "/health"), 60, what="single")
        yield Site(url, "single", log=log)


@pytest.fixture(scope="session")
def engine():
    """With DASHFLEET_ENGINE=docker, a running dockerd (started here when it is not)."""
    if os.environ.get("DASHFLEET_ENGINE") == "docker":
        with docker_daemon():
            yield
    else:
        yield


@pytest.fixture(scope="session")
def containers_site(registry, engine) -> Site:
    """The compose stack, built from this checkout, on a loopback port."""
    yield from _compose_site(registry, f"dashfleet-test-{os.getpid()}")


def _compose_site(registry, project: str, **env: str):
    """A compose project of `registry`'s project folder, up on a loopback port, then down."""
    found = find_engine()
    if found is None:
        unavailable("no container engine (Docker, or Podman: ../shared/container-host/setup.sh)")
    stack = Stack(registry, project, free_port(), *found, root=registry.root)
    stack.env.update(env)
    try:
        stack.up()
        yield Site(stack.url, "containers", stack)
    finally:
        stack.down()


@pytest.fixture(scope="session")
def swarm_site(registry, engine) -> Site:
    """The stack file deployed to a single-node Docker Swarm, on a loopback port."""
    stack = SwarmStack(registry, f"dashfleet-swarm-{os.getpid()}", free_port())
    if not stack.available():
        unavailable(
            "no Docker Engine for the Swarm tier (ENGINE=docker SWARM=1 ../shared/container-host/setup.sh)"
        )
    try:
        stack.up()
        yield Site(stack.url, "swarm", stack)
    finally:
        stack.down()


@pytest.fixture(scope="session")
def adopted_containers(adopted_project, engine) -> Site:
    """The compose stack of the five-dashboard project, with images of its own."""
    registry = fleet_registry.load(adopted_project / "dashboards.toml")
    yield from _compose_site(
        registry, f"dashfleet-adopted-{os.getpid()}", DASHFLEET_IMAGE_PREFIX="dashfleet-adopted"
    )


CONTAINERS = pytest.param("containers", marks=pytest.mark.containers)
SWARM = pytest.param("swarm", marks=pytest.mark.swarm)


@pytest.fixture(scope="session", params=["gateway", CONTAINERS])
def adopted_site(request) -> Site:
    """The five-dashboard project through the real gateway: process mode, then containers."""
    if request.param == "gateway":
        fleet = request.getfixturevalue("adopted_fleet")
        return Site(fleet.url, "gateway", fleet)
    return request.getfixturevalue("adopted_containers")


@pytest.fixture(scope="session", params=["gateway", "single", CONTAINERS, SWARM])
def site(request) -> Site:
    """Each HTTP check runs against every way of serving the same public URLs."""
    return request.getfixturevalue(f"{request.param}_site")


@pytest.fixture(scope="session", params=["gateway", CONTAINERS, SWARM])
def fleet_site(request) -> Site:
    """A site whose services can be stopped and started one by one, behind the real gateway."""
    return request.getfixturevalue(f"{request.param}_site")


# -- sign-in: the fixtures more than one tier uses (module scope: each module its own site) -------
@pytest.fixture(scope="module")
def auth_project(tmp_path_factory):
    """A project copy with sign-in's three kinds of dashboard: simple public, population shared
    with the group "finance", sales (new) the site's default, signed-in; ada in finance, bob in none."""
    project = copy_project(tmp_path_factory.mktemp("auth"))
    assert dashfleet_cli(project, "new", "sales").returncode == 0
    registry = project / "dashboards.toml"
    text = registry.read_text()
    text = text.replace('prefix = "/simple/"', 'prefix = "/simple/"\naccess = "public"')
    text = text.replace('prefix = "/population/"', 'prefix = "/population/"\naccess = ["finance"]')
    registry.write_text(text)
    assert dashfleet_cli(project, "render").returncode == 0
    for name, groups in (("ada", "finance"), ("bob", "")):
        add_account(project / "users.json", name, SIGN_IN_PASSWORDS[name], groups)
    return project


@pytest.fixture(scope="module")
def auth_fleet(auth_project, tmp_path_factory):
    """auth_project in process mode with built-in accounts."""
    with signed_in_fleet(auth_project, tmp_path_factory.mktemp("auth-fleet"), AUTH_SECRET) as running:
        yield running


@pytest.fixture(scope="module")
def oidc_port():
    """The port of the site signing in with the provider (the provider must know it first)."""
    return free_port()


@pytest.fixture(scope="module")
def oidc_provider(oidc_port, tmp_path_factory):
    """oidc-provider on a loopback port, stopped by its PID afterwards; its issuer URL."""
    node = provider_node()
    port = free_port()
    log = tmp_path_factory.mktemp("oidc") / "provider.log"
    site = f"http://127.0.0.1:{oidc_port}"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [node, "provider.mjs", str(port), CLIENT_ID, CLIENT_SECRET, site],
            cwd=PROVIDER_DIR,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    issuer = f"http://127.0.0.1:{port}"
    try:
        wait.until(
            lambda: wait.http_ok(issuer + "/.well-known/openid-configuration"), 30, what="oidc-provider"
        )
        yield issuer
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def oidc_fleet(auth_project, oidc_provider, oidc_port, tmp_path_factory):
    """auth_project in process mode, signing in with oidc_provider."""
    run_dir = tmp_path_factory.mktemp("oidc-fleet")
    env = {
        "DASHFLEET_AUTH": "oidc",
        "DASHFLEET_SECRET_KEY": "oidc-site-secret-" + "q" * 40,
        "DASHFLEET_OIDC_ISSUER": oidc_provider,
        "DASHFLEET_OIDC_CLIENT_ID": CLIENT_ID,
        "DASHFLEET_OIDC_CLIENT_SECRET": CLIENT_SECRET,
    }
    registry = fleet_registry.load(auth_project / "dashboards.toml")
    with Fleet(registry, port=oidc_port, run_dir=run_dir, log_dir=run_dir / "logs", env=env) as running:
        yield running


@pytest.fixture(scope="session")
def hosted_project(project_root, tmp_path_factory) -> Path:
    """Sign-in on, `[site] host = "localhost"`, and dashboards at *.localhost names of their own
    (tests/helpers.py's HOSTED)."""
    from tests.helpers import hosted_project as make_hosted_project

    return make_hosted_project(tmp_path_factory.mktemp("hosted-project"), source=project_root)


@pytest.fixture(scope="session")
def hosted_fleet(hosted_project, tmp_path_factory) -> Fleet:
    """hosted_project in process mode: the main site and every dashboard host on one port."""
    from tests.helpers import signed_in_fleet

    with signed_in_fleet(hosted_project, tmp_path_factory.mktemp("hosted-fleet"), HOSTED_SECRET) as running:
        yield running
