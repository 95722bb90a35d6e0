"""A session ends with its account: removing a user, changing their password or their groups ends
every session they have within the gateway's verdict cache time (DASHFLEET_AUTH_CACHE_SECONDS,
2 s), and a sign-out outlives a restart of the fleet that keeps its state folder.

Process mode only: the accounts file is edited on this machine, as an operator does.
"""

from __future__ import annotations

import dataclasses
import itertools
import time

import pytest
import requests

from dashfleet import users as fleet_users
from dashfleet.tool import wait
from landing.sessions import COOKIE
from tests.attack.routes import PAGE, SECRET
from tests.helpers import add_account, client_from, csrf_token, loopback_addresses, signed_in_fleet, users_cli

CACHE_SECONDS = 2  # DASHFLEET_AUTH_CACHE_SECONDS's default, which the fleets here run with
PASSWORD = "a member's long password"
_names = (f"member{i}" for i in itertools.count(1))


@pytest.fixture(scope="module")
def site(attack_site):
    if attack_site.mode != "gateway":
        pytest.skip("edits the accounts file on this machine: process mode only")
    return attack_site


@pytest.fixture(scope="module")
def board(site):
    """A dashboard shared with groups (its member must be in one of them)."""
    boards = [b for b in site.protected if site.restricted_to_groups(b)]
    assert boards, "the attack project shares no dashboard with a group"
    return boards[0]


@pytest.fixture
def member(site, board):
    """A new account in the board's first group, signed in, the board open to them."""
    name = next(_names)
    add_account(site.project / "users.json", name, PASSWORD, site.registry.access_of(board)[0])
    session, resp = site.sign_in(name, PASSWORD)
    assert resp.status_code == 303
    assert opens(site, board, session.cookies[COOKIE]) == 200
    return name, session.cookies[COOKIE]


def opens(site, board, cookie: str) -> int:
    return site.get(board.prefix, headers=dict(PAGE), cookies={COOKIE: cookie}).status_code


def assert_session_ends(site, board, cookie: str, changed_at: float) -> None:
    """The next page asks to sign in again, within the cache time (polled up to 10 s)."""
    wait.until(lambda: opens(site, board, cookie) == 302, 10, poll=0.1, what="the session to end")
    took = time.monotonic() - changed_at
    assert took < CACHE_SECONDS + 1.5, f"the session ended {took:.1f} s after the change"
    resp = site.get(board.prefix, headers=dict(PAGE), cookies={COOKIE: cookie})
    assert resp.headers["Location"].startswith("/login?next=")


def test_removing_a_user_ends_their_sessions(site, board, member, cookies):
    name, cookie = member
    changed_at = time.monotonic()
    users_cli(site.project / "users.json", "remove", name)
    assert_session_ends(site, board, cookie, changed_at)
    assert opens(site, board, cookies["ada"]) == 200  # nobody else's


def test_changing_a_password_ends_their_sessions(site, board, member, cookies):
    name, cookie = member
    changed_at = time.monotonic()
    users_cli(site.project / "users.json", "set-password", name, stdin="a brand new long password\n")
    assert_session_ends(site, board, cookie, changed_at)
    assert opens(site, board, cookies["ada"]) == 200


def test_changing_groups_ends_their_sessions(site, board, member, cookies):
    name, cookie = member
    path = site.project / "users.json"
    accounts = fleet_users.load(path)
    changed_at = time.monotonic()
    fleet_users.save({**accounts, name: dataclasses.replace(accounts[name], groups=())}, path)
    assert_session_ends(site, board, cookie, changed_at)
    assert opens(site, board, cookies["ada"]) == 200


def test_a_sign_out_outlives_a_restart_that_keeps_the_state_folder(site, board, tmp_path):
    # Two fleets one after the other, each with a run folder of its own and the same state
    # folder (DASHFLEET_STATE_DIR): the second must still refuse the signed-out cookie.
    env = {"DASHFLEET_STATE_DIR": str(tmp_path / "state")}
    addresses = loopback_addresses(5)
    with signed_in_fleet(site.project, tmp_path / "before", SECRET, env) as fleet:
        out = client_from(next(addresses))
        kept = client_from(next(addresses))
        for session in (out, kept):
            token = csrf_token(session, fleet.url)
            resp = session.post(
                f"{fleet.url}/login",
                data={"csrf": token, "next": "/", "username": "ada", "password": "ada's long password"},
                allow_redirects=False,
                timeout=10,
            )
            assert resp.status_code == 303
        signed_out = out.cookies[COOKIE]
        token = csrf_token(out, fleet.url, "/logout")
        resp = out.post(f"{fleet.url}/logout", data={"csrf": token}, allow_redirects=False, timeout=10)
        assert resp.status_code == 303
        wait.until(lambda: page_status(fleet.url, board, signed_out) == 302, 10, poll=0.1, what="signed out")
    with signed_in_fleet(site.project, tmp_path / "after", SECRET, env) as fleet:
        assert page_status(fleet.url, board, kept.cookies[COOKIE]) == 200  # the control: sessions survive
        assert page_status(fleet.url, board, signed_out) == 302  # ...and so does the sign-out


def page_status(url: str, board, cookie: str) -> int:
    resp = requests.get(
        url + board.prefix, headers=dict(PAGE), cookies={COOKIE: cookie}, allow_redirects=False, timeout=10
    )
    return resp.status_code
