"""Sign-in for the whole site: the login and logout pages, and the check the gateway makes
(`auth_request`) before every request to a protected dashboard.

The check is told which dashboard the request landed in (X-Dashfleet-Board, set by that
dashboard's location in the gateway), never the path, so no spelling of a path can be judged as
another dashboard's. It answers 204 (with the identity in X-Dashfleet-User/-Groups/-Email for the
gateway to pass on), 401 (not signed in: the gateway asks `/_dashfleet/signin` what to answer) or
403 (signed in, not allowed: the gateway answers its 404, as for a path that does not exist).
Who may open what comes from the registry's `access`.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import quote, unquote, urlsplit

from authlib.integrations.base_client import OAuthError
from flask import Blueprint, Response, abort, current_app, g, jsonify, redirect, render_template, request

from dashfleet import identity
from dashfleet import users as fleet_users
from dashfleet.registry import PUBLIC, SIGNED_IN, Registry, Service
from landing import handoff, oidc
from landing.sessions import COOKIE, Session, account_stamp

bp = Blueprint("auth", __name__)
CSRF_COOKIE = "dashfleet_csrf"
WRONG = "Wrong user name or password."  # the same for an unknown user: no telling which names exist
MAX_NEXT = 2000  # characters: after signing in, a longer address goes to the landing page instead


def enabled() -> bool:
    return current_app.config["AUTH"] != "none"


def current_session() -> Session | None:
    if "dashfleet_session" not in g:
        g.dashfleet_session = current_app.extensions["dashfleet_sessions"].read(request.cookies.get(COOKIE))
    return g.dashfleet_session


def stamp_of(accounts: fleet_users.AccountsFile):
    """The current stamp of a built-in account, None when it no longer exists."""

    def current(name: str) -> str | None:
        user = accounts.users().get(name)
        return account_stamp(user.password_hash, user.groups, user.email) if user else None

    return current


def may_open(registry: Registry, board: Service, session: Session | None) -> bool:
    """Whether this visitor may open `board` (everyone may, with sign-in off)."""
    if not enabled():
        return True
    access = registry.access_of(board)
    if access == PUBLIC:
        return True
    if session is None:
        return False
    return access == SIGNED_IN or bool(set(access) & set(session.groups))


def safe_next(target: str | None) -> str:
    """`target` if it is a path on this site as a browser would read it, else "/".

    Browsers drop tabs and newlines from a URL and read `\\` as `/`, so `/\t/evil.example` and
    `/\\evil.example` both mean `//evil.example`, another host: judge the string they will see, and
    send that string (it is what the browser would have followed anyway)."""
    if not target or len(target) > MAX_NEXT:
        return "/"
    seen = target.replace("\t", "").replace("\n", "").replace("\r", "").replace("\\", "/")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in seen):
        return "/"
    if not seen.startswith("/") or seen.startswith("//"):
        return "/"
    parts = urlsplit(seen)
    if parts.scheme or parts.netloc:
        return "/"
    return seen


def canonical(raw: str) -> str:
    """A request target as the gateway routes it: the path percent-decoded, slashes merged, dot
    segments resolved, escaped again; the query as it came. So the address a visitor comes back
    to reads the same whichever way they spelled it, for a dashboard and for an unknown path."""
    # nginx ends the target at a raw '#', and sends no '?' for an empty query.
    path, _, query = raw.split("#", 1)[0].partition("?")
    decoded = unquote(path)
    segments: list[str] = []
    for segment in decoded.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment not in ("", "."):
            segments.append(segment)
    trailing = "/" if segments and decoded.endswith(("/", "/.", "/..")) else ""
    canon = quote("/" + "/".join(segments) + trailing, safe="/:@!$&'()*+,;=-._~")
    return canon + ("?" + query if query else "")


def signin_response(original: str) -> Response:
    """What a visitor who is not signed in gets for a protected (or unknown) address: a page goes
    to /login and comes back to `original` after; Dash's own fetches (Sec-Fetch-Mode: cors, or no
    text/html in Accept) get a 401 JSON they can show, never a redirect."""
    page = request.headers.get("Sec-Fetch-Mode") != "cors" and "text/html" in request.headers.get(
        "Accept", ""
    )
    if page:
        response = redirect("/login?next=" + quote(safe_next(canonical(original)), safe="/"), code=302)
        response.autocorrect_location_header = False
    else:
        response = jsonify(error="sign-in required", login="/login")
        response.status_code = 401
    response.headers["Cache-Control"] = "no-store"
    return response


def same_site_form() -> bool:
    """A form POST that a page of this site sent: a browser says where it comes from (Origin;
    Sec-Fetch-Site on current browsers). A request with neither (a script, an old browser) still
    needs the CSRF token."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    parts = urlsplit(origin)  # scheme too: an http page may not post to the https site
    return (parts.scheme, parts.netloc) == (request.scheme, request.host)


# -- the gateway's check ------------------------------------------------------------------------
@bp.get("/_dashfleet/auth")
def check():
    if not enabled():
        return Response(status=204)
    registry: Registry = current_app.config["REGISTRY"]
    name = request.headers.get("X-Dashfleet-Board", "")
    board = next((d for d in registry.dashboards if d.name == name), None)
    session = current_session()
    # A board the gateway should not ask about is refused like one this visitor may not open.
    if board is None or not may_open(registry, board, session):
        return Response(status=403 if session else 401)
    response = Response(status=204)
    if session:
        response.headers["X-Dashfleet-User"] = session.user
        response.headers["X-Dashfleet-Groups"] = ",".join(session.groups)
        response.headers["X-Dashfleet-Email"] = session.email
        # What the dashboard believes: the same identity, signed for this dashboard only.
        response.headers[identity.HEADER] = identity.sign(
            current_app.extensions["dashfleet_identity_key"],
            board.name,
            session.user,
            session.groups,
            session.email,
        )
        _refresh(response, session)
    return response


@bp.get("/_dashfleet/identity-key")
def identity_key():
    """The public key dashboards verify identities with (it cannot sign): the gateway's internal
    port hands it to dashboards in containers."""
    if not enabled():
        abort(404)
    return Response(current_app.extensions["dashfleet_identity_public_key"] + "\n", mimetype="text/plain")


@bp.before_app_request
def thumbnails_of_what_you_may_open():
    """A dashboard's thumbnail is a picture of it: only who may open it sees it; to anyone else
    its address is an unknown path."""
    if request.path.startswith("/static/"):
        registry: Registry = current_app.config["REGISTRY"]
        name = request.path.removeprefix("/static/")
        board = next((d for d in registry.dashboards if d.thumbnail == name), None)
        session = current_session() if enabled() else None
        if board is not None and not may_open(registry, board, session):
            return not_found(None)
    return None


@bp.get("/_dashfleet/signin")
def signin():
    """The gateway's answer to a visitor the check found not signed in (an internal location).
    A dashboard at a host of its own signs in on the main site (landing/handoff.py)."""
    registry: Registry = current_app.config["REGISTRY"]
    original = request.headers.get("X-Original-URI", "/")
    board = next((d for d in registry.hosted if d.name == request.headers.get("X-Dashfleet-Board")), None)
    if board is not None:
        return handoff.signin_elsewhere(registry, board, safe_next(canonical(original)))
    return signin_response(original)


def not_found(error):
    """The landing's 404, which is every unknown path's: with sign-in on, a visitor who is not
    signed in is asked to sign in, as for a restricted dashboard (a stranger cannot tell the two
    apart); a dashboard's prefix without its slash is redirected only for who may open it."""
    registry: Registry = current_app.config["REGISTRY"]
    session = current_session() if enabled() else None
    board = next((d for d in registry.dashboards if d.prefix == request.path + "/"), None)
    if board is not None and may_open(registry, board, session):
        query = request.query_string.decode("latin-1")
        response = redirect(board.prefix + (f"?{query}" if query else ""), code=301)
        response.autocorrect_location_header = False
        return response
    if enabled() and session is None:
        return signin_response(request.environ.get("RAW_URI") or request.full_path)
    return Response("404 Not Found\n", 404, mimetype="text/plain")


def _refresh(response: Response, session: Session) -> None:
    cookie = current_app.extensions["dashfleet_sessions"].refreshed(session)
    if cookie:
        set_session_cookie(response, cookie)


def set_session_cookie(response: Response, value: str) -> None:
    sessions = current_app.extensions["dashfleet_sessions"]
    response.set_cookie(
        COOKIE,
        value,
        max_age=int(sessions.lifetime),
        path="/",
        httponly=True,
        samesite="Lax",
        secure=request.scheme == "https",  # the original scheme: the gateway says, gunicorn trusts it
    )


# -- login and logout ---------------------------------------------------------------------------
def _csrf_token() -> str:
    """The form must echo this cookie's value (double submit), which a page on another site can
    neither read nor set."""
    return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)


def _check_csrf() -> None:
    if not same_site_form():
        abort(403, "this form was sent from another site; open the page on this site and try again")
    cookie, form = request.cookies.get(CSRF_COOKIE, ""), request.form.get("csrf", "")
    # As bytes: compare_digest refuses non-ASCII text (a 500 where a 400 is due).
    if not cookie or not hmac.compare_digest(cookie.encode(), form.encode()):
        abort(400, "the form expired or did not come from this site; reload it and try again")


def _form(template: str, status: int = 200, **params) -> Response:
    token = _csrf_token()
    registry = current_app.config["REGISTRY"]
    html = render_template(template, registry=registry, csrf=token, session=current_session(), **params)
    response = Response(html, status, mimetype="text/html")
    response.set_cookie(
        CSRF_COOKIE, token, path="/", httponly=True, samesite="Strict", secure=request.scheme == "https"
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/login")
def login_page():
    if not enabled():
        abort(404)
    target = safe_next(request.args.get("next"))
    if current_app.config["AUTH"] == "oidc":
        # Straight to the provider; it sends the visitor back to /login/callback.
        oidc.remember_next(target)
        redirect_uri = current_app.config["OIDC_REDIRECT_URI"] or f"{request.host_url}login/callback"
        return oidc.client(current_app).authorize_redirect(redirect_uri)
    return _form("login.html", next=target)


@bp.get("/login/callback")
def login_callback():
    if current_app.config["AUTH"] != "oidc":
        abort(404)
    try:
        token = oidc.client(current_app).authorize_access_token()
        user, groups, email = oidc.identity(current_app, token)
        oidc.remember_id_token(token)
    except (OAuthError, KeyError, ValueError) as exc:
        current_app.logger.warning("OpenID Connect sign-in failed: %s", exc)
        abort(400, "the sign-in did not complete; start again from the dashboard")
    response = redirect(safe_next(oidc.recall_next()), code=303)
    response.autocorrect_location_header = False
    set_session_cookie(response, current_app.extensions["dashfleet_sessions"].issue(user, groups, email))
    return response


@bp.post("/login")
def login():
    if not enabled():
        abort(404)
    _check_csrf()
    target = safe_next(request.form.get("next"))
    if current_app.config["AUTH"] != "accounts":
        abort(404)
    accounts = current_app.extensions["dashfleet_accounts"].users()
    user = fleet_users.verify(accounts, request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        return _form("login.html", 401, next=target, error=WRONG, username=request.form.get("username", ""))
    response = redirect(target, code=303)
    response.autocorrect_location_header = False
    sessions = current_app.extensions["dashfleet_sessions"]
    stamp = account_stamp(user.password_hash, user.groups, user.email)
    set_session_cookie(response, sessions.issue(user.name, user.groups, user.email, stamp=stamp))
    return response


@bp.get("/logout")
def logout_page():
    if not enabled():
        abort(404)
    return _form("logout.html")


@bp.post("/logout")
def logout():
    if not enabled():
        abort(404)
    _check_csrf()
    session = current_session()
    if session:
        current_app.extensions["dashfleet_sessions"].revoke(session)
    provider_logout = current_app.config["AUTH"] == "oidc" and oidc.end_session_url(
        current_app, request.host_url
    )
    if provider_logout:
        response = _form("logout.html", provider_logout=provider_logout)
    else:
        response = redirect("/", code=303)
        response.autocorrect_location_header = False
    response.delete_cookie(COOKIE, path="/")
    return response
