"""The attack tier's site: sign-in on, `simple` public, `population` shared with the group
"finance" (tests/helpers.py's SIGN_IN_ACCESS, the only place a dashboard is named: the tests
read the registry for the protected ones). ada may open everything (she is in every group the
registry names); bob is in no group.

`attack_site` is process mode (what `make test` runs), then the compose stack with
compose.auth.yml (marked `containers`; skipped with the reason when no engine is present).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from dashfleet.registry import PUBLIC, Registry, Service, load
from dashfleet.tool.local import Fleet, free_port
from landing.sessions import COOKIE
from tests.attack.routes import PAGE, SECRET, UNKNOWN, Route, board_routes
from tests.containers.stack import Stack, find_engine
from tests.helpers import (
    SIGN_IN_PASSWORDS,
    client_from,
    form_sign_in,
    loopback_addresses,
    sign_in_project,
    signed_in_fleet,
    unavailable,
)


@dataclass
class AttackSite:
    """A site with sign-in on, as a visitor sees it; `fleet` in process mode, `stack` in containers."""

    mode: str  # "gateway" or "containers"
    url: str
    registry: Registry
    project: Path
    fleet: Fleet | None = None
    stack: Stack | None = None
    _addresses: Iterator[str] = field(default_factory=lambda: loopback_addresses(3))

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.url.removeprefix("http://").rsplit(":", 1)
        return host, int(port)

    @property
    def protected(self) -> list[Service]:
        return [b for b in self.registry.dashboards if self.registry.access_of(b) != PUBLIC]

    def restricted_to_groups(self, board: Service) -> bool:
        return isinstance(self.registry.access_of(board), tuple)

    def client(self) -> requests.Session:
        """A visitor from an address of its own (the login rate limit is per client address): a
        loopback source address in process mode; in containers the test client stands behind a
        trusted proxy (tests/containers/stack.py), so X-Forwarded-For names the client."""
        address = next(self._addresses)
        if self.mode == "gateway":
            return client_from(address)
        session = requests.Session()
        session.headers["X-Forwarded-For"] = address
        return session

    def sign_in(self, user: str, password: str | None = None, next_path: str = "/", headers=None):
        session = self.client()
        resp = form_sign_in(session, self.url, user, password or SIGN_IN_PASSWORDS[user], next_path, headers)
        return session, resp

    def get(self, path: str, session: requests.Session | None = None, **kwargs) -> requests.Response:
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 10)
        return (session or requests).get(self.url + path, **kwargs)


@pytest.fixture(scope="session")
def attack_project(project_root, tmp_path_factory) -> Path:
    return sign_in_project(tmp_path_factory.mktemp("attack-project"), source=project_root)


@pytest.fixture(scope="session")
def attack_fleet(attack_project, tmp_path_factory) -> Fleet:
    with signed_in_fleet(attack_project, tmp_path_factory.mktemp("attack-fleet"), SECRET) as fleet:
        yield fleet


@pytest.fixture(scope="session")
def attack_stack(attack_project, engine, tmp_path_factory) -> Stack:
    found = find_engine()
    if found is None:
        unavailable("no container engine (Docker, or Podman: ../shared/container-host/setup.sh)")
    users = tmp_path_factory.mktemp("attack-users") / "users.json"
    users.write_bytes((attack_project / "users.json").read_bytes())
    users.chmod(0o644)  # readable by the landing's own user in the container (mounted read-only)
    stack = Stack(
        load(attack_project / "dashboards.toml"),
        f"dashfleet-attack-{os.getpid()}",
        free_port(),
        *found,
        root=attack_project,
        files=("docker-compose.yml", "compose.auth.yml"),
    )
    stack.env.update(
        {
            "DASHFLEET_SECRET_KEY": SECRET,
            "DASHFLEET_USERS_FILE": str(users),
            "DASHFLEET_IMAGE_PREFIX": "dashfleet-attack",  # images of its own (its registry differs)
        }
    )
    try:
        stack.up()
        yield stack
    finally:
        stack.down()


CONTAINERS = pytest.param("containers", marks=pytest.mark.containers)


@pytest.fixture(scope="session", params=["gateway", CONTAINERS])
def attack_site(request, attack_project) -> AttackSite:
    registry = load(attack_project / "dashboards.toml")
    if request.param == "gateway":
        fleet = request.getfixturevalue("attack_fleet")
        return AttackSite("gateway", fleet.url, registry, attack_project, fleet=fleet)
    stack = request.getfixturevalue("attack_stack")
    return AttackSite("containers", stack.url, registry, attack_project, stack=stack)


@pytest.fixture(scope="session")
def cookies(attack_site) -> dict[str, str]:
    """Each account's session cookie, from signing in through the form."""
    found = {}
    for user in SIGN_IN_PASSWORDS:
        session, resp = attack_site.sign_in(user)
        assert resp.status_code == 303, f"{user} could not sign in: {resp.status_code}"
        found[user] = session.cookies[COOKIE]
    return found


@pytest.fixture(scope="session")
def member(attack_site, cookies) -> requests.Session:
    session = attack_site.client()
    session.cookies.set(COOKIE, cookies["ada"])
    return session


@pytest.fixture(scope="session")
def controls(attack_site, member) -> dict[str, dict[str, Route]]:
    """{dashboard: {route kind: Route}} for every protected dashboard, fetched by its member."""
    return {b.name: board_routes(member, attack_site.url, b.prefix) for b in attack_site.protected}


@pytest.fixture(scope="session")
def unknown_answers(attack_site, cookies):
    """What a visitor gets for a path that does not exist, per (user, route headers)."""
    seen: dict[tuple[str | None, tuple], requests.Response] = {}

    def answer(user: str | None, headers=PAGE) -> requests.Response:
        key = (user, tuple(headers))
        if key not in seen:
            session = requests.Session()
            if user:
                session.cookies.set(COOKIE, cookies[user])
            seen[key] = attack_site.get(UNKNOWN, session, headers=dict(headers))
        return seen[key]

    return answer
