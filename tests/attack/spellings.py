"""Other spellings of a dashboard's path: a table of functions of (prefix, rest).

`prefix` is the dashboard's public prefix ("/population/"), `rest` what follows it
("_dash-layout", "" for the page). Most spellings are ones nginx normalises back onto the
prefix (percent-encoding, repeated slashes, dot segments, the absolute form of the request line),
so the gateway must check them as that dashboard; the rest are ones it cannot parse (a 400) or
that name another path (a 404, or sign-in). None may show the dashboard to whoever may not open it.

The PATH spellings only rewrite the path and compose: `compose(f, g)` spells the prefix with f,
then hands the result to g as the prefix (test_fuzz.py composes them at random).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Spelled:
    """A request-target and how the request line carries it."""

    target: str  # the path (and query) exactly as sent: raw tabs and backslashes included
    method: str | None = None  # None: the route's own method
    version: str = "HTTP/1.1"
    absolute: str | None = None  # absolute-form: "self" (the site's own authority) or another host
    host_header: bool = True
    headers: tuple[tuple[str, str], ...] = ()


Spelling = Callable[[str, str], Spelled]


# -- building blocks ------------------------------------------------------------------------------
def _name(prefix: str) -> str:
    return prefix.strip("/")


def _letters(text: str) -> list[int]:
    """Indexes of the letters of `text` that are not part of a %XX escape already."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "%":
            i += 3
            continue
        if text[i].isalpha():
            found.append(i)
        i += 1
    return found


def _pct(char: str, upper: bool = False) -> str:
    return ("%%%02X" if upper else "%%%02x") % ord(char)


def _encode(text: str, indexes, upper: bool = False) -> str:
    chosen = set(indexes)
    return "".join(_pct(c, upper) if i in chosen else c for i, c in enumerate(text))


def _slashes_after_first(path: str, escape: str) -> str:
    return path[:1] + path[1:].replace("/", escape)


def _join(prefix: str, rest: str) -> str:
    """prefix + rest, with exactly one slash between them however the prefix was spelled."""
    if prefix.endswith("/") or not rest:
        return prefix + rest
    return prefix + "/" + rest


# -- path spellings (compose) ---------------------------------------------------------------------
def as_is(prefix, rest):
    return _join(prefix, rest)


def pct_first_letter(prefix, rest):  # /%70opulation/...
    name = _name(prefix)
    letters = _letters(name)
    return "/" + _encode(name, letters[:1]) + "/" + rest


def pct_last_letter_upper_hex(prefix, rest):  # /populatio%6E/...
    name = _name(prefix)
    letters = _letters(name)
    return "/" + _encode(name, letters[-1:], upper=True) + "/" + rest


def pct_every_letter(prefix, rest):
    name = _name(prefix)
    return "/" + _encode(name, _letters(name)) + "/" + rest


def pct_every_letter_upper_hex(prefix, rest):
    name = _name(prefix)
    return "/" + _encode(name, _letters(name), upper=True) + "/" + rest


def pct_letter_of_rest(prefix, rest):  # /population/%5fdash-layout (the page: its last letter)
    if not rest:
        return pct_last_letter_upper_hex(prefix, rest)
    return _join(prefix, _pct(rest[0]) + rest[1:])


def pct_2F_each_slash(prefix, rest):  # /population%2F_dash-component-suites%2Fdash%2F...
    return _slashes_after_first(_join(prefix, rest), "%2F")


def pct_2f_each_slash(prefix, rest):
    return _slashes_after_first(_join(prefix, rest), "%2f")


def pct_2F_after_prefix(prefix, rest):  # /population%2F_dash-layout
    return "/" + _name(prefix) + "%2F" + rest


def pct_2F_leading(prefix, rest):  # /%2Fpopulation/...
    return "/%2F" + _join(prefix, rest)[1:]


def double_slash_front(prefix, rest):  # //population/...
    return "/" + _join(prefix, rest)


def double_slash_inside(prefix, rest):  # /population//_dash-layout
    return "/" + _name(prefix) + "//" + rest


def many_slashes(prefix, rest):
    return "///" + _name(prefix) + "///" + rest


def dot_segment_front(prefix, rest):  # /./population/...
    return "/." + _join(prefix, rest)


def dot_segment_inside(prefix, rest):  # /population/./_dash-layout
    return "/" + _name(prefix) + "/./" + rest


def dotdot_front(prefix, rest):  # /x/../population/...
    return "/x/.." + _join(prefix, rest)


def dotdot_inside(prefix, rest):  # /population/x/../_dash-layout (the old way to its health)
    return "/" + _name(prefix) + "/x/../" + rest


def pct_2E2E_upper(prefix, rest):  # /x/%2E%2E/population/...
    return "/x/%2E%2E" + _join(prefix, rest)


def pct_2e_lower(prefix, rest):  # /%2e/population/...
    return "/%2e" + _join(prefix, rest)


def pct_dotdot_and_slash(prefix, rest):  # /x/..%2Fpopulation/...
    return "/x/..%2F" + _join(prefix, rest)[1:]


def trailing_dot_segments(prefix, rest):  # /population/_dash-layout/./x/..
    path = _join(prefix, rest)
    return path + ("" if path.endswith("/") else "/") + "./x/.."


def via_internal_location(prefix, rest):  # /_dashfleet/../population/...: the gateway's own
    return "/_dashfleet/.." + _join(prefix, rest)


def via_login(prefix, rest):  # /login/%2e%2e/population/...: a location that is not checked
    return "/login/%2e%2e" + _join(prefix, rest)


def semicolon_param_on_prefix(prefix, rest):  # /population;x=1/...
    return "/" + _name(prefix) + ";x=1/" + rest


def semicolon_param_at_end(prefix, rest):
    return _join(prefix, rest) + ";x=1"


def backslash_after_prefix(prefix, rest):  # /population\_dash-layout (a slash on Windows)
    return "/" + _name(prefix) + "\\" + rest


def backslash_front(prefix, rest):  # /\population/...
    return "/\\" + _join(prefix, rest)[1:]


def pct_5C_backslash(prefix, rest):
    return "/" + _name(prefix) + "%5C" + rest


def pct_09_tab(prefix, rest):  # /population%09/...
    return "/" + _name(prefix) + "%09/" + rest


def raw_tab(prefix, rest):  # a tab in the request line itself (browsers drop it, nginx must refuse)
    return "/" + _name(prefix) + "\t/" + rest


def pct_20_space(prefix, rest):
    return "/" + _name(prefix) + "%20/" + rest


def overlong_utf8_slash(prefix, rest):  # %c0%af: an invalid, overlong "/"
    return "/" + _name(prefix) + "%c0%af" + rest


def overlong_utf8_dots(prefix, rest):  # /x/%c0%ae%c0%ae/population/...
    return "/x/%c0%ae%c0%ae" + _join(prefix, rest)


def fullwidth_slash(prefix, rest):  # U+FF0F, which some normalisers turn into "/"
    return "/" + _name(prefix) + "%ef%bc%8f" + rest


def pct_00_nul(prefix, rest):
    return "/" + _name(prefix) + "%00/" + rest


def double_encoded_letter(prefix, rest):  # /%2570opulation/...: decoded twice it is the prefix
    name = _name(prefix)
    return "/%25" + _pct(name[0])[1:] + name[1:] + "/" + rest


def double_encoded_slash(prefix, rest):  # /population%252F_dash-layout
    return "/" + _name(prefix) + "%252F" + rest


def upper_case_prefix(prefix, rest):
    return "/" + _name(prefix).upper() + "/" + rest


def query_instead_of_slash(prefix, rest):  # /population?/_dash-layout: the prefix without its slash
    return "/" + _name(prefix) + "?/" + rest


def with_fragment(prefix, rest):
    return _join(prefix, rest) + "#x"


def overlong_request_line(prefix, rest):  # dot segments past nginx's 8 KB line buffer: 414
    return "/" + "x/../" * 2000 + _join(prefix, rest)[1:]


PATH_SPELLINGS: dict[str, Spelling] = {
    f.__name__.replace("_", "-"): f
    for f in (
        as_is,
        pct_first_letter,
        pct_last_letter_upper_hex,
        pct_every_letter,
        pct_every_letter_upper_hex,
        pct_letter_of_rest,
        pct_2F_each_slash,
        pct_2f_each_slash,
        pct_2F_after_prefix,
        pct_2F_leading,
        double_slash_front,
        double_slash_inside,
        many_slashes,
        dot_segment_front,
        dot_segment_inside,
        dotdot_front,
        dotdot_inside,
        pct_2E2E_upper,
        pct_2e_lower,
        pct_dotdot_and_slash,
        trailing_dot_segments,
        via_internal_location,
        via_login,
        semicolon_param_on_prefix,
        semicolon_param_at_end,
        backslash_after_prefix,
        backslash_front,
        pct_5C_backslash,
        pct_09_tab,
        raw_tab,
        pct_20_space,
        overlong_utf8_slash,
        overlong_utf8_dots,
        fullwidth_slash,
        pct_00_nul,
        double_encoded_letter,
        double_encoded_slash,
        upper_case_prefix,
        query_instead_of_slash,
        with_fragment,
        overlong_request_line,
    )
}


# -- request-line spellings: the same path, carried differently ------------------------------------
def _carried(path_spelling: Spelling, **how) -> Spelling:
    def spelled(prefix, rest):
        return replace(spell(path_spelling, prefix, rest), **how)

    return spelled


REQUEST_SPELLINGS: dict[str, Spelling] = {
    # GET http://127.0.0.1:PORT/%70opulation/_dash-layout HTTP/1.1
    "absolute-form": _carried(as_is, absolute="self"),
    "absolute-form-pct-first-letter": _carried(pct_first_letter, absolute="self"),
    "absolute-form-double-slash": _carried(double_slash_front, absolute="self"),
    "absolute-form-another-host": _carried(pct_first_letter, absolute="evil.example"),
    "http-1.0-without-host": _carried(as_is, version="HTTP/1.0", host_header=False),
    "http-1.0-pct-2F-after-prefix": _carried(pct_2F_after_prefix, version="HTTP/1.0"),
    "head": _carried(as_is, method="HEAD"),
    "head-pct-first-letter": _carried(pct_first_letter, method="HEAD"),
    "options": _carried(as_is, method="OPTIONS"),
    "other-method": _carried(as_is, method="POST"),  # POST on a GET route, PUT on the callback
    "other-method-double-slash": _carried(double_slash_front, method="POST"),
    "lower-case-method": _carried(as_is, method="get"),
    # What the gateway tells the check and the dashboards, sent by the client instead.
    "spoofed-check-headers": _carried(
        pct_first_letter,
        headers=(
            ("X-Dashfleet-Board", "nothing"),
            ("X-Original-URI", "/"),
            ("X-Dashfleet-User", "ada"),
            ("X-Dashfleet-Groups", "finance"),
            ("X-Forwarded-User", "ada"),
            ("X-Forwarded-Groups", "finance"),
        ),
    ),
}

SPELLINGS: dict[str, Spelling] = {**PATH_SPELLINGS, **REQUEST_SPELLINGS}


def spell(spelling: Spelling, prefix: str, rest: str) -> Spelled:
    spelled = spelling(prefix, rest)
    return spelled if isinstance(spelled, Spelled) else Spelled(spelled)


def compose(*spellings: Spelling) -> Spelling:
    """Each spelling rewrites the prefix as the one before it spelled it; the last adds the rest."""

    def composed(prefix, rest):
        for spelling in spellings[:-1]:
            prefix = spell(spelling, prefix, "").target
        return spell(spellings[-1], prefix, rest)

    return composed
