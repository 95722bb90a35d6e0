"""One sign-in for the site and the dashboards at host names of their own (registry `host`).

The session cookie is host-only: the main site's does not reach `sales.example.org`. So a
visitor who is not signed in there is handed over, the way an OpenID Connect client is:

1. on the dashboard's host, the gateway's check finds no session; the landing (through the
   gateway's internal /_dashfleet/signin) sends a page to the main site's
   `/_dashfleet/handoff?board=NAME&state=S&next=PATH`, and sets `S`, a random value, in a
   host-only cookie of the dashboard's host (what ties the end of the flow to this browser);
2. the main site's /_dashfleet/handoff asks the visitor to sign in first if need be (it is an
   address on this site, so /login?next= takes it), then, for a dashboard this visitor may open,
   sends them to `SCHEME://HOST:PORT/_dashfleet/session?ticket=T`: T is signed with the site
   secret, names the dashboard, the state and the path, carries the session, and is valid
   TICKET_SECONDS;
3. the dashboard host's /_dashfleet/session (the gateway tells the landing which dashboard's host
   it is on, never the client) takes a ticket once: for this dashboard, from the browser holding
   the state cookie, not expired, not used before (recorded in DASHFLEET_STATE_DIR, like
   sign-outs), for a session that is still valid. It sets that host's own session cookie, with the
   same session id, so signing out on the main site ends it too; then sends the visitor to the
   path.

Only registry hosts are ever a target (no open redirect); the main site's name is the registry's
`[site] host`; scheme and port are those of the request (as the gateway forwards them).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import secrets
import time
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, abort, current_app, jsonify, redirect, render_template, request

from dashfleet.registry import Registry, Service

bp = Blueprint("handoff", __name__)
STATE_COOKIE = "dashfleet_handoff"
TICKET_SECONDS = 30  # a redirect takes well under a second; short for a copied address
STATE_SECONDS = 600  # how long a started hand-off may wait for the visitor to sign in
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_PORT = re.compile(r"^[0-9]{1,5}$")


# -- the ticket -----------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(secret: str) -> bytes:
    """A key of its own, derived from the site secret: a ticket is no session cookie or identity."""
    return hmac.new(secret.encode(), b"dashfleet hand-off ticket v1", hashlib.sha256).digest()


def issue_ticket(secret: str, claims: dict, now: float | None = None) -> str:
    """`claims`, a fresh nonce and an expiry, signed (HMAC-SHA256)."""
    body = {**claims, "n": secrets.token_urlsafe(18), "x": int((now or time.time()) + TICKET_SECONDS)}
    payload = _b64(json.dumps(body, separators=(",", ":")).encode())
    return f"{payload}.{_b64(hmac.new(_key(secret), payload.encode(), hashlib.sha256).digest())}"


def read_ticket(secret: str, ticket: str, now: float | None = None) -> dict | None:
    """The claims of a genuine ticket that has not expired, else None."""
    try:
        payload, signature = ticket.split(".")
        expected = hmac.new(_key(secret), payload.encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(signature)):
            return None
        claims = json.loads(_unb64(payload))
        if not isinstance(claims, dict) or not isinstance(claims.get("x"), int):
            return None
        return claims if claims["x"] >= (now or time.time()) else None
    except (ValueError, TypeError, binascii.Error):
        return None


def claim_once(used_dir: Path, nonce: str, expires: float) -> bool:
    """Record `nonce` as used; False when it already was (a replay). One file per nonce, created
    exclusively, so two landing workers (or replicas sharing the state folder) cannot both win."""
    if not _TOKEN.match(nonce):
        return False
    used_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(used_dir / nonce, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as out:
        out.write(str(expires))
    _prune(used_dir)
    return True


def _prune(used_dir: Path) -> None:
    """Forget tickets that have expired anyway (a replay of one is refused for its age)."""
    now = time.time()
    for entry in used_dir.iterdir():
        try:
            if float(entry.read_text() or 0) < now:
                entry.unlink()
        except (OSError, ValueError):
            continue


# -- addresses ------------------------------------------------------------------------------------
def port_of(host_header: str) -> str:
    """ ":8080" from "sales.localhost:8080" (the port the visitor uses), "" when there is none."""
    _, sep, port = host_header.rpartition(":")
    if sep and _PORT.match(port) and 0 < int(port) < 65536:
        return ":" + port
    return ""


def _origin(host: str) -> str:
    """`host` with the scheme and port of this request, as the visitor reached the gateway."""
    seen = request.headers.get("X-Forwarded-Host") or request.host
    return f"{request.scheme}://{host}{port_of(seen)}"


def board_url(board: Service) -> str:
    """The address of a host-routed dashboard, for this visitor (the landing's cards)."""
    return _origin(board.host) + "/"


def _hosted(registry: Registry, name: str | None) -> Service | None:
    return next((d for d in registry.hosted if d.name == name), None)


# -- 1. on the dashboard's host: to the main site ------------------------------------------------
def signin_elsewhere(registry: Registry, board: Service, target: str) -> Response:
    """What a visitor of host-routed `board` who is not signed in gets: a page goes to the main
    site's hand-off (and comes back to `target`, a path on this host); Dash's own fetches get the
    usual 401 JSON, pointing at the dashboard's page (opening it signs in)."""
    page = request.headers.get("Sec-Fetch-Mode") != "cors" and "text/html" in request.headers.get(
        "Accept", ""
    )
    if not page:
        response = jsonify(error="sign-in required", login="/")
        response.status_code = 401
        response.headers["Cache-Control"] = "no-store"
        return response
    state = request.cookies.get(STATE_COOKIE, "")
    if not _TOKEN.match(state):
        state = secrets.token_urlsafe(18)
    query = f"board={board.name}&state={state}&next={quote(target, safe='')}"
    response = redirect(f"{_origin(registry.host)}/_dashfleet/handoff?{query}", code=302)
    response.autocorrect_location_header = False
    response.headers["Cache-Control"] = "no-store"
    response.set_cookie(
        STATE_COOKIE,
        state,
        max_age=STATE_SECONDS,
        path="/",
        httponly=True,
        samesite="Lax",  # sent on the top-level GET back from the main site
        secure=request.scheme == "https",
    )
    return response


# -- 2. on the main site: the ticket ---------------------------------------------------------------
@bp.get("/_dashfleet/handoff")
def handoff():
    from landing import auth

    if not auth.enabled():
        abort(404)
    session = auth.current_session()
    if session is None:  # sign in first, then come back here (a path on this site)
        return auth.signin_response(request.environ.get("RAW_URI") or request.full_path)
    registry: Registry = current_app.config["REGISTRY"]
    board = _hosted(registry, request.args.get("board"))
    # Not a host-routed dashboard this visitor may open: the same 404 as an unknown path.
    if board is None or not auth.may_open(registry, board, session):
        abort(404)
    state = request.args.get("state", "")
    if not _TOKEN.match(state):
        abort(400, "the sign-in hand-off lost its state; open the dashboard again")
    ticket = issue_ticket(
        os.environ["DASHFLEET_SECRET_KEY"],
        {
            "b": board.name,
            "s": state,
            "p": auth.safe_next(request.args.get("next")),
            "sid": session.sid,
            "u": session.user,
            "g": list(session.groups),
            "e": session.email,
            "i": session.issued,
            "t": session.stamp,
        },
    )
    # A page that moves on at once, not a redirect: after the sign-in form, the site's CSP
    # (form-action 'self') would stop a redirect to another origin.
    target = f"{_origin(board.host)}/_dashfleet/session?ticket={ticket}"
    html = render_template("handoff.html", registry=registry, board=board, target=target)
    return Response(
        html, 200, {"Cache-Control": "no-store", "Refresh": f"0; url={target}"}, mimetype="text/html"
    )


# -- 3. on the dashboard's host: the ticket taken, this host's cookie -------------------------------
@bp.get("/_dashfleet/session")
def session_from_ticket():
    from landing import auth

    if not auth.enabled():
        abort(404)
    registry: Registry = current_app.config["REGISTRY"]
    # Which dashboard's host this is: the gateway's word (its location sets it), never the Host.
    board = _hosted(registry, request.headers.get("X-Dashfleet-Board"))
    if board is None:
        abort(404)
    refused = "this sign-in link is not valid here, has expired or was already used; open the dashboard again"
    claims = read_ticket(os.environ["DASHFLEET_SECRET_KEY"], request.args.get("ticket", ""))
    if claims is None or claims.get("b") != board.name:
        abort(400, refused)
    state = request.cookies.get(STATE_COOKIE, "")
    if not state or not hmac.compare_digest(state.encode(), str(claims.get("s", "")).encode()):
        abort(400, refused)  # another browser's ticket: a sign-in it did not start
    sessions = current_app.extensions["dashfleet_sessions"]
    if not claim_once(sessions.revoked_dir.parent / "handoff", str(claims.get("n", "")), claims["x"]):
        abort(400, refused)
    try:
        cookie = sessions.issue(
            str(claims["u"]),
            tuple(str(g) for g in claims["g"]),
            str(claims["e"]),
            sid=str(claims["sid"]),
            issued=float(claims["i"]),
            stamp=str(claims["t"]),
        )
    except (KeyError, TypeError, ValueError):
        abort(400, refused)
    if sessions.read(cookie) is None:  # signed out, expired or its account changed meanwhile
        abort(400, refused)
    response = redirect(auth.safe_next(claims.get("p")), code=303)
    response.autocorrect_location_header = False
    response.headers["Cache-Control"] = "no-store"
    auth.set_session_cookie(response, cookie)
    return response
