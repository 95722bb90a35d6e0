"""Where sign-in sends a visitor back to: only a path on this site as a browser reads it.

Browsers drop tabs, CR and LF from a URL and read `\\` as `/`, so `/\\t/evil.example` and
`/\\evil.example` are `//evil.example`: another host. The landing's `next` (GET /login?next=,
POST /login's form field) must come back as that local path with its query string, or `/`; never
a 5xx, and no answer may carry a header the client wrote (CR/LF in a path or in `next`).
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from landing.sessions import COOKIE
from tests.attack.rawhttp import exchange, request_bytes
from tests.attack.routes import PAGE
from tests.attack.spellings import pct_first_letter

GOOD = "{prefix}?a=1&b=2"  # a protected dashboard's page with a query string: comes back whole
NEXT_CASES = {
    "double-slash": ("//evil.example", "/"),
    "slash-backslash": ("/\\evil.example", "/"),
    "slash-tab-slash (next=/%09/evil.example)": ("/\t/evil.example", "/"),
    "slash-newline-slash": ("/\n/evil.example", "/"),
    "slash-cr-slash": ("/\r/evil.example", "/"),
    "two-backslashes": ("\\\\evil.example", "/"),
    "backslash-slash": ("\\/evil.example", "/"),
    "tab-then-double-slash": ("\t//evil.example", "/"),
    "https-url": ("https://evil.example", "/"),
    "scheme-relative-with-credentials": ("//user@evil.example/", "/"),
    "javascript": ("javascript:alert(1)", "/"),
    "pct-encoded-double-slash": ("%2F%2Fevil.example", "/"),
    "empty": ("", "/"),
    "good-with-query": (GOOD, GOOD),
    "good-with-encoded-query": ("/?q=a%26b", "/?q=a%26b"),
}
INJECTED = "/ok\r\nSet-Cookie: x=1"


def browser_reads_as_local(location: str) -> bool:
    """Would a browser following `location` stay on this site?"""
    seen = re.sub(r"[\t\r\n]", "", location).replace("\\", "/")
    return seen.startswith("/") and not seen.startswith("//")


def hidden_next(page_html: str) -> str:
    match = re.search(r'name="next" value="([^"]*)"', page_html)
    assert match, "the login form has no next field"
    return html.unescape(match.group(1))


def no_injected_header(headers) -> None:
    for name, value in headers:
        assert "\r" not in value and "\n" not in value, (name, value)
        assert not (name.lower() == "set-cookie" and value.startswith("x=")), f"injected: {name}: {value}"


@pytest.fixture(scope="module")
def good(attack_site) -> str:
    return GOOD.format(prefix=attack_site.protected[0].prefix)


def _case(value: str, good: str) -> str:
    return good if value == GOOD else value


@pytest.mark.parametrize(("sent", "expected"), NEXT_CASES.values(), ids=NEXT_CASES.keys())
def test_the_login_form_keeps_only_a_local_next(attack_site, good, sent, expected):
    resp = attack_site.client().get(
        f"{attack_site.url}/login", params={"next": _case(sent, good)}, timeout=10
    )
    assert resp.status_code == 200
    assert hidden_next(resp.text) == _case(expected, good)


@pytest.mark.parametrize(("sent", "expected"), NEXT_CASES.values(), ids=NEXT_CASES.keys())
def test_signing_in_goes_only_to_a_local_next(attack_site, good, sent, expected):
    _, resp = attack_site.sign_in("ada", next_path=_case(sent, good))
    assert (resp.status_code, resp.headers["Location"]) == (303, _case(expected, good))
    assert COOKIE in resp.headers["Set-Cookie"]


def test_a_next_with_cr_lf_is_no_error_and_injects_nothing(attack_site):
    form = attack_site.client().get(f"{attack_site.url}/login", params={"next": INJECTED}, timeout=10)
    assert (
        form.status_code == 200 and "\r" not in hidden_next(form.text) and "\n" not in hidden_next(form.text)
    )
    _, resp = attack_site.sign_in("ada", next_path=INJECTED)
    assert resp.status_code == 303 and browser_reads_as_local(resp.headers["Location"])
    no_injected_header(resp.raw.headers.items())


@pytest.mark.parametrize(
    "path",
    [
        "{prefix}%0d%0aSet-Cookie:%20x=1",
        "{prefix}%0aSet-Cookie:%20x=1",
        "{prefix}%0dSet-Cookie:%20x=1",
        "{prefix}?q=%0d%0aSet-Cookie:%20x=1",
        "{bare}%0d%0aSet-Cookie:%20x=1/",
        "/no-such-board/%0d%0aSet-Cookie:%20x=1",
        "/login?next=/%0d%0aSet-Cookie:%20x=1",
    ],
    ids=["in-path", "lf-only", "cr-only", "in-query", "after-bare-prefix", "unknown-path", "login-next"],
)
def test_cr_lf_in_an_address_puts_no_header_in_the_answer(attack_site, path):
    board = attack_site.protected[0]
    target = path.format(prefix=board.prefix, bare=board.prefix.rstrip("/"))
    host, port = attack_site.address
    request = request_bytes("GET", target, host=f"{host}:{port}", headers=PAGE)
    answer = exchange(attack_site.address, request, method="GET")
    assert answer.status < 500, answer.status
    no_injected_header(answer.headers)
    assert not re.search(rb"(?im)^set-cookie:\s*x=", answer.head), answer.head
    if answer.status == 302:
        assert answer.header("Location").startswith("/login?next=")


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/",
        "/%5Cevil.example/",
        "/%09/evil.example/",
        "/\\evil.example/",
        "/%2F%2Fevil.example/",
    ],
    ids=["double-slash", "pct-backslash", "pct-tab", "backslash", "pct-double-slash"],
)
def test_the_gateways_sign_in_redirect_carries_only_a_local_next(attack_site, target):
    host, port = attack_site.address
    answer = exchange(
        attack_site.address, request_bytes("GET", target, host=f"{host}:{port}", headers=PAGE), method="GET"
    )
    assert answer.status in (302, 400), answer.status
    if answer.status == 302:
        location = answer.header("Location")
        assert location.startswith("/login?next=")
        (next_path,) = parse_qs(urlsplit(location).query)["next"]
        assert browser_reads_as_local(next_path), location


def test_from_a_spelled_address_through_sign_in_back_to_the_page_with_its_query(attack_site, good):
    # The gateway's redirect (for a page it had to normalise first), the form, the POST, the page.
    board = attack_site.protected[0]
    session = attack_site.client()
    spelled = pct_first_letter(board.prefix, "") + "?a=1&b=2"
    host, port = attack_site.address
    first = exchange(
        attack_site.address, request_bytes("GET", spelled, host=f"{host}:{port}", headers=PAGE), method="GET"
    )
    assert first.status == 302
    (next_path,) = parse_qs(urlsplit(first.header("Location")).query)["next"]
    assert next_path in (good, spelled)  # the address as asked, or as nginx reads it
    plain = session.get(f"{attack_site.url}{board.prefix}?a=1&b=2", headers=dict(PAGE), allow_redirects=False)
    assert plain.status_code == 302
    form = session.get(attack_site.url + plain.headers["Location"], timeout=10)
    assert hidden_next(form.text) == good
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    signed_in = session.post(
        f"{attack_site.url}/login",
        data={
            "csrf": csrf,
            "next": hidden_next(form.text),
            "username": "ada",
            "password": "ada's long password",
        },
        allow_redirects=False,
        timeout=10,
    )
    assert (signed_in.status_code, signed_in.headers["Location"]) == (303, good)
    assert session.get(attack_site.url + good, headers=dict(PAGE), timeout=10).status_code == 200
