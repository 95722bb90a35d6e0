"""The OpenID Connect round trip keeps only a local `next` too: /login?next=... -> the provider's
own pages -> /login/callback -> that path (query string kept), or `/`. Process mode, against
panva's oidc-provider on loopback (conftest's oidc_provider and oidc_fleet)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests

from dashfleet.registry import load
from tests.helpers import client, through_provider

CASES = {
    "double-slash": ("//evil.example", "/"),
    "slash-tab-slash": ("/\t/evil.example", "/"),
    "slash-backslash": ("/\\evil.example", "/"),
    "https-url": ("https://evil.example", "/"),
    "javascript": ("javascript:alert(1)", "/"),
    "good-with-query": ("{prefix}?a=1&b=2", "{prefix}?a=1&b=2"),
}


class StaysOnLoopback(requests.Session):
    """A browser that follows redirects, but only on this machine: a redirect to another host is
    the failure under test, never a request to make."""

    def send(self, request, **kwargs):
        host = urlsplit(request.url).hostname or ""
        if not (host == "localhost" or host.startswith("127.")):
            raise AssertionError(f"sent off this machine, to {request.url}")
        return super().send(request, **kwargs)


def browser() -> requests.Session:
    session = StaysOnLoopback()
    session.mount("http://", client().get_adapter("http://"))  # a client address of its own
    return session


@pytest.fixture(scope="module")
def prefix(auth_project):
    registry = load(auth_project / "dashboards.toml")
    return next(b.prefix for b in registry.dashboards if isinstance(registry.access_of(b), tuple))


@pytest.mark.parametrize(("sent", "expected"), CASES.values(), ids=CASES.keys())
def test_the_oidc_round_trip_returns_only_to_a_local_next(oidc_fleet, prefix, sent, expected):
    session = browser()
    start = session.get(f"{oidc_fleet.url}/login", params={"next": sent.format(prefix=prefix)}, timeout=10)
    assert "/interaction/" in start.url  # at the provider's own sign-in page
    back = through_provider(session, start, "ada")
    assert back.status_code == 200 and back.url == oidc_fleet.url + expected.format(prefix=prefix)
    assert all(r.status_code < 500 for r in back.history)


def test_a_next_with_cr_lf_survives_the_oidc_round_trip_without_injecting(oidc_fleet):
    session = browser()
    start = session.get(f"{oidc_fleet.url}/login", params={"next": "/ok\r\nSet-Cookie: x=1"}, timeout=10)
    assert start.status_code < 500 and "/interaction/" in start.url
    back = through_provider(session, start, "ada")
    assert back.url.startswith(oidc_fleet.url + "/") and back.status_code < 500
    for resp in (*start.history, *back.history, back):
        for name, value in resp.raw.headers.items():
            assert not (name.lower() == "set-cookie" and value.startswith("x=")), (resp.url, value)
