"""What an independent black-box pass found after the first fixes, each kept from coming back:
a restricted dashboard's thumbnail, and the small differences (a header twice, a raw `next`,
request limits answered by different servers, 5xx from long requests) that told a stranger a
restricted dashboard exists where an unknown path does not."""

from __future__ import annotations

import pytest

from landing.sessions import COOKIE
from tests.attack.rawhttp import exchange, request_bytes
from tests.attack.routes import PAGE, UNKNOWN, XHR
from tests.helpers import SIGN_IN_PASSWORDS


def raw(attack_site, target: str, *, user_cookie: str | None = None, method: str = "GET", headers=()):
    extra = list(headers) + ([("Cookie", f"{COOKIE}={user_cookie}")] if user_cookie else [])
    request = request_bytes(method, target, host="127.0.0.1", headers=extra)
    return exchange(attack_site.address, request, method=method)


def who(cookies, user):
    return cookies[user] if user else None


@pytest.mark.parametrize("user", [None, "bob"], ids=["anonymous", "outside-the-group"])
def test_a_restricted_dashboards_thumbnail_is_an_unknown_path(attack_site, cookies, user):
    boards = [b for b in attack_site.protected if b.thumbnail and attack_site.restricted_to_groups(b)]
    if not boards:
        pytest.skip("no restricted dashboard with a thumbnail in this registry")
    unknown = raw(attack_site, "/static/thumbnails/no-such-board.png", user_cookie=who(cookies, user))
    for board in boards:
        picture = raw(attack_site, f"/static/{board.thumbnail}", user_cookie=who(cookies, user))
        assert (picture.status, picture.body) == (unknown.status, unknown.body), board.name
        member = raw(attack_site, f"/static/{board.thumbnail}", user_cookie=cookies["ada"])
        assert member.status == 200 and member.body.startswith(b"\x89PNG")  # the control


@pytest.mark.parametrize("headers", [PAGE, XHR], ids=["page", "fetch"])
def test_anonymous_answers_match_an_unknown_paths_header_for_header(attack_site, headers):
    spellings = (
        lambda prefix: prefix,
        lambda prefix: prefix + "_dash-layout",
        lambda prefix: prefix + "/_dash-layout",
        lambda prefix: prefix + "x/../_dash-layout",
        lambda prefix: prefix + "#fragment",  # raw: only a hand-made request sends one
        lambda prefix: prefix + "?",
        lambda prefix: prefix.rstrip("/") + "%2F",
    )
    for board in attack_site.protected:
        for spell in spellings:
            protected = raw(attack_site, spell(board.prefix), headers=headers)
            unknown = raw(attack_site, spell(UNKNOWN), headers=headers)
            assert protected.status == unknown.status
            names = sorted(
                k.lower() for k, _ in protected.headers if k.lower() not in ("date", "x-request-id")
            )
            assert names == sorted(
                k.lower() for k, _ in unknown.headers if k.lower() not in ("date", "x-request-id")
            )
            if protected.status == 302:  # the address it comes back to reads the same way
                assert protected.header("Location").replace(board.prefix.strip("/"), "*", 1) == (
                    unknown.header("Location").replace(UNKNOWN.strip("/"), "*", 1)
                )


REQUEST_LIMITS = {
    "a 4,200-character address": dict(rest="a" * 4200),
    "a 40-character method": dict(method="X" * 40),
    "120 headers": dict(headers=[(f"X-Filler-{i}", "x") for i in range(120)]),
}


@pytest.mark.parametrize("case", REQUEST_LIMITS.values(), ids=REQUEST_LIMITS.keys())
@pytest.mark.parametrize("user", [None, "bob", "ada"], ids=["anonymous", "outside-the-group", "member"])
def test_request_limits_answer_alike_for_every_path_and_never_5xx(attack_site, cookies, case, user):
    for board in attack_site.protected:
        answers = [
            raw(
                attack_site,
                base + case.get("rest", ""),
                method=case.get("method", "GET"),
                headers=[*PAGE, *case.get("headers", [])],
                user_cookie=who(cookies, user),
            )
            for base in (board.prefix, UNKNOWN)
        ]
        assert all(a.status < 500 for a in answers), [a.status for a in answers]
        if user != "ada":  # for who may not open it, the dashboard is as absent as no dashboard
            assert answers[0].status == answers[1].status, board.name


def test_a_long_next_never_costs_the_session(attack_site):
    session = attack_site.client()
    form = session.get(f"{attack_site.url}/login", timeout=10)
    csrf = form.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    resp = session.post(
        f"{attack_site.url}/login",
        data={
            "csrf": csrf,
            "next": "/" + "a" * 5000,
            "username": "ada",
            "password": SIGN_IN_PASSWORDS["ada"],
        },
        allow_redirects=False,
        timeout=10,
    )
    assert (resp.status_code, resp.headers.get("Location")) == (303, "/")
    assert COOKIE in resp.headers.get("Set-Cookie", "")


def test_a_file_dash_lists_but_does_not_ship_is_a_404_not_a_500(attack_site):
    public = [b for b in attack_site.registry.dashboards if b not in attack_site.protected]
    if not public:
        pytest.skip("no public dashboard")
    page = raw(attack_site, public[0].prefix, headers=PAGE).body.decode(errors="replace")
    renderer = page.split("dash_renderer.", 1)[1].split('"', 1)[0]  # v4_4_1m...min.js
    answer = raw(
        attack_site,
        f"{public[0].prefix}_dash-component-suites/dash/dash-renderer/build/dash_renderer.{renderer}.map",
    )
    assert answer.status == 404
