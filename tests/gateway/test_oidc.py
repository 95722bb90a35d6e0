"""Sign-in through a real OpenID Connect provider (panva's oidc-provider on Node, on loopback),
through the real gateway in process mode: the provider's own pages, the code exchange and ID token
checks by Authlib, groups from the provider's claim deciding access."""

from __future__ import annotations

import pytest

from tests.helpers import PAGE, client, landing_cards, sign_out_at_the_provider, through_provider


@pytest.fixture(scope="module")
def fleet(oidc_fleet):
    """conftest's oidc_fleet: auth_project signing in with oidc_provider."""
    return oidc_fleet


def test_a_page_sends_the_visitor_through_the_provider_and_back(fleet):
    session = client()
    start = session.get(f"{fleet.url}/population/", headers=PAGE, timeout=10)  # -> /login -> provider
    assert "/interaction/" in start.url  # the provider's own sign-in page
    back = through_provider(session, start, "ada")
    assert back.url == f"{fleet.url}/population/" and back.status_code == 200  # ada is in finance
    cards = landing_cards(session.get(f"{fleet.url}/", timeout=10).text)
    assert sorted(c["name"] for c in cards) == ["population", "sales", "simple"]


def test_the_providers_groups_decide_access(fleet):
    session = client()
    back = through_provider(session, session.get(f"{fleet.url}/login?next=/sales/", timeout=10), "bob")
    assert back.url == f"{fleet.url}/sales/" and back.status_code == 200  # signed in is enough
    denied = session.get(f"{fleet.url}/population/", headers=PAGE, allow_redirects=False, timeout=10)
    assert denied.status_code == 404  # bob is in no group: the same as no dashboard there


def test_a_forged_callback_is_refused(fleet):
    resp = client().get(f"{fleet.url}/login/callback?code=forged&state=forged", timeout=10)
    assert resp.status_code == 400 and "Traceback" not in resp.text
    assert "dashfleet_session" not in resp.headers.get("Set-Cookie", "")


def test_signing_out_ends_the_providers_session_too(fleet, oidc_provider):
    session = client()
    back = through_provider(session, session.get(f"{fleet.url}/population/", headers=PAGE, timeout=10), "ada")
    assert back.url == f"{fleet.url}/population/"
    home = sign_out_at_the_provider(session, fleet.url, oidc_provider)
    assert home.url == f"{fleet.url}/" and home.status_code == 200
    assert "dashfleet_session" not in session.cookies
    # Back to a dashboard: the provider asks who you are again, it does not sign you straight in.
    again = session.get(f"{fleet.url}/population/", headers=PAGE, timeout=10)
    assert "/interaction/" in again.url and 'name="prompt" value="login"' in again.text
