"""Shared fixtures: the registry, and the site running for real on loopback.

`fleet` is the process mode `make run` starts (nginx + one gunicorn per service); `single_site`
is the one-process fallback; `containers_site` the compose stack on a real container engine.
Processes are stopped by PID, containers by their project, when the session ends.

With DASHFLEET_TEST_FLEET=five (the second pass of `make test`), the same suites run against a
copy of the project with the three third-party apps of tests/apps added: five dashboards.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from dashfleet import registry as fleet_registry
from dashfleet.tool import wait
from dashfleet.tool.local import Fleet, free_port
from tests.containers.stack import Stack, docker_daemon, find_engine
from tests.helpers import adopted_project as make_adopted_project
from tests.helpers import dashfleet_run, unavailable
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


HOSTED_SECRET = "hosted-tier-secret-" + "h" * 40


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
