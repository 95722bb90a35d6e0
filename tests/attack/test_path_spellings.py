"""No spelling of a protected dashboard's path shows it to who may not open it.

Every protected dashboard of the registry x every spelling of tests/attack/spellings.py x every
kind of route (page, layout, dependencies, a callback built from the dashboard's own
dependencies, a component suite and an asset from its page, health) x (anonymous, signed in
outside the groups), each request sent byte for byte. The positive controls (the same routes
fetched canonically by the member: 200 with content) prove that each marker can be found.
"""

from __future__ import annotations

import pytest

from landing.sessions import COOKIE
from tests.attack.routes import PAGE, ROUTE_KINDS, XHR, judge, send
from tests.attack.spellings import SPELLINGS, as_is, spell


def visitors(site, board, cookies) -> list[tuple[str, str | None]]:
    """Who must not see `board`: anyone not signed in; bob too where it is shared with groups."""
    who = [("anonymous", None)]
    if site.restricted_to_groups(board):
        who.append(("bob (outside the groups)", cookies["bob"]))
    return who


def test_the_positive_controls_are_served_to_the_member(attack_site, controls, cookies):
    # Sent the way the attacks are (raw, canonical path, ada's cookie): 200 and the marker, so a
    # leak would be seen, and the marker is stable from one answer to the next.
    assert any(attack_site.restricted_to_groups(b) for b in attack_site.protected), "nothing to attack"
    for board in attack_site.protected:
        routes = controls[board.name]
        missing = {"page", "layout", "dependencies", "component-suite", "health"} - set(routes)
        assert not missing, f"{board.name}: no {missing}"
        for route in routes.values():
            _, line, answer = send(
                attack_site.address, spell(as_is, board.prefix, route.rest), route, cookies["ada"]
            )
            assert answer.status == 200 and route.marker and route.marker in answer.body, (board.name, line)


def test_each_marker_is_absent_from_what_a_stranger_gets_anyway(attack_site, controls, unknown_answers):
    # A marker found in an unknown path's answer would make the attack tests pass vacuously.
    for board in attack_site.protected:
        for route in controls[board.name].values():
            for user in (None, "bob"):
                answer = unknown_answers(user, route.headers)
                assert route.marker not in answer.content, (board.name, route.kind, user)


@pytest.mark.parametrize("kind", ROUTE_KINDS)
@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_no_spelling_of_a_protected_path_shows_the_dashboard(
    attack_site, controls, cookies, unknown_answers, spelling, kind
):
    failures = []
    for board in attack_site.protected:
        route = controls[board.name].get(kind)
        if route is None:  # the app has no such route (no assets, no callback)
            continue
        spelled = spell(SPELLINGS[spelling], board.prefix, route.rest)
        for who, cookie in visitors(attack_site, board, cookies):
            method, line, answer = send(attack_site.address, spelled, route, cookie)
            unknown = unknown_answers("bob", route.headers).content if cookie else None
            problem = judge(answer, route, method, signed_in=cookie is not None, unknown_body=unknown)
            if problem:
                failures.append(f"{who}: {line} -> {problem}")
    assert not failures, "\n".join(failures)


# -- what the matrix does not spell out: existence, the prefix without its slash, health ------------
def test_an_anonymous_visitor_gets_the_same_for_an_unknown_path_as_for_a_protected_one(
    attack_site, unknown_answers
):
    page, xhr = unknown_answers(None, PAGE), unknown_answers(None, XHR)
    assert (page.status_code, page.headers.get("Location")) == (302, "/login?next=/no-such-board/")
    assert xhr.status_code == 401 and xhr.json()["error"] == "sign-in required"
    for board in attack_site.protected:
        protected = attack_site.get(board.prefix, headers=dict(PAGE))
        assert (protected.status_code, protected.headers.get("Location")) == (
            302,
            f"/login?next={board.prefix}",
        )
        fetch = attack_site.get(board.prefix + "_dash-layout", headers=dict(XHR))
        assert fetch.status_code == 401 and fetch.json() == xhr.json()


def test_a_user_outside_the_groups_gets_the_unknown_paths_404_and_no_name(
    attack_site, cookies, unknown_answers
):
    unknown = unknown_answers("bob", PAGE)
    assert unknown.status_code == 404
    for board in (b for b in attack_site.protected if attack_site.restricted_to_groups(b)):
        for path in (
            board.prefix,
            board.prefix.rstrip("/"),
            board.prefix + "health",
            board.prefix + "_dash-layout",
        ):
            resp = attack_site.get(path, headers=dict(PAGE), cookies={COOKIE: cookies["bob"]})
            assert (resp.status_code, resp.text) == (404, unknown.text), path
            assert board.title not in resp.text and f"/{board.name}" not in resp.text, path


def test_the_prefix_without_its_slash_redirects_only_who_may_open_it(attack_site, cookies):
    for board in attack_site.protected:
        bare = board.prefix.rstrip("/")
        ada = attack_site.get(bare + "?a=1", headers=dict(PAGE), cookies={COOKIE: cookies["ada"]})
        assert (ada.status_code, ada.headers.get("Location")) == (301, board.prefix + "?a=1")
        anonymous = attack_site.get(bare, headers=dict(PAGE))
        assert anonymous.status_code == 302 and anonymous.headers["Location"].startswith("/login?next=")
        assert attack_site.get(bare, headers=dict(XHR)).status_code == 401


def test_a_protected_dashboards_health_is_checked_like_the_rest_of_it(attack_site, cookies):
    for board in attack_site.protected:
        path = board.prefix + "health"
        assert attack_site.get(path, cookies={COOKIE: cookies["ada"]}).text == "ok\n"
        assert attack_site.get(path, headers=dict(XHR)).status_code == 401
        assert attack_site.get(path, headers=dict(PAGE)).status_code == 302
        if attack_site.restricted_to_groups(board):
            assert attack_site.get(path, cookies={COOKIE: cookies["bob"]}).status_code == 404
