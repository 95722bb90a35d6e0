"""Sign-in through any OpenID Connect provider (DASHFLEET_AUTH=oidc), with Authlib's Flask client:
/login sends the visitor to the provider, /login/callback takes the code back, checks it and the
ID token (issuer, audience, nonce, signature via the provider's published keys), reads who it is
and their groups, and signs them in with the same session cookie as the built-in accounts.

Configuration, all from the environment:
  DASHFLEET_OIDC_ISSUER          the provider's issuer URL (discovery at /.well-known/openid-configuration)
  DASHFLEET_OIDC_DISCOVERY_URL   ... or the discovery document's URL itself
  DASHFLEET_OIDC_CLIENT_ID, DASHFLEET_OIDC_CLIENT_SECRET
  DASHFLEET_OIDC_SCOPES          default "openid email profile"
  DASHFLEET_OIDC_GROUPS_CLAIM    default "groups" (a list, or a comma-separated string)
  DASHFLEET_OIDC_USERNAME_CLAIM  default "preferred_username" (falls back to "sub")
  DASHFLEET_OIDC_REDIRECT_URI    default: this site's /login/callback, as the visitor reached it
"""

from __future__ import annotations

import contextlib
import os

from authlib.integrations.base_client import OAuthError
from authlib.integrations.flask_client import OAuth
from flask import Flask, session

from dashfleet.service import ServiceConfigError

PROVIDER = "dashfleet"


def configure(app: Flask) -> None:
    discovery = os.environ.get("DASHFLEET_OIDC_DISCOVERY_URL") or (
        os.environ.get("DASHFLEET_OIDC_ISSUER", "").rstrip("/") + "/.well-known/openid-configuration"
    )
    missing = [
        name
        for name, value in (
            ("DASHFLEET_OIDC_ISSUER (or _DISCOVERY_URL)", discovery.startswith("http")),
            ("DASHFLEET_OIDC_CLIENT_ID", os.environ.get("DASHFLEET_OIDC_CLIENT_ID")),
            ("DASHFLEET_OIDC_CLIENT_SECRET", os.environ.get("DASHFLEET_OIDC_CLIENT_SECRET")),
        )
        if not value
    ]
    if missing:
        raise ServiceConfigError(f"DASHFLEET_AUTH=oidc needs {', '.join(missing)}")
    # Authlib keeps the state and nonce of a sign-in in Flask's own (signed) session cookie.
    app.secret_key = os.environ["DASHFLEET_SECRET_KEY"]
    app.config.update(
        SESSION_COOKIE_NAME="dashfleet_oidc",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",  # the provider's redirect back is a top-level GET
        OIDC_GROUPS_CLAIM=os.environ.get("DASHFLEET_OIDC_GROUPS_CLAIM", "groups"),
        OIDC_USERNAME_CLAIM=os.environ.get("DASHFLEET_OIDC_USERNAME_CLAIM", "preferred_username"),
        OIDC_REDIRECT_URI=os.environ.get("DASHFLEET_OIDC_REDIRECT_URI"),
    )
    oauth = OAuth(app)
    oauth.register(
        PROVIDER,
        client_id=os.environ["DASHFLEET_OIDC_CLIENT_ID"],
        client_secret=os.environ["DASHFLEET_OIDC_CLIENT_SECRET"],
        server_metadata_url=discovery,  # fetched on the first sign-in: the provider may start later
        client_kwargs={"scope": os.environ.get("DASHFLEET_OIDC_SCOPES", "openid email profile")},
    )
    app.extensions["dashfleet_oidc"] = oauth


def client(app: Flask):
    return app.extensions["dashfleet_oidc"].create_client(PROVIDER)


def identity(app: Flask, token: dict) -> tuple[str, tuple[str, ...], str]:
    """(user, groups, email) from the ID token's claims and the userinfo endpoint."""
    claims = dict(token.get("userinfo") or {})
    with contextlib.suppress(OAuthError, ValueError, OSError):  # else the ID token's claims alone
        claims.update(client(app).userinfo(token=token))
    user = claims.get(app.config["OIDC_USERNAME_CLAIM"]) or claims["sub"]
    groups = claims.get(app.config["OIDC_GROUPS_CLAIM"]) or []
    if isinstance(groups, str):
        groups = [g.strip() for g in groups.split(",") if g.strip()]
    return str(user), tuple(str(g) for g in groups), str(claims.get("email", ""))


def remember_next(target: str) -> None:
    session["dashfleet_next"] = target


def recall_next() -> str:
    return session.pop("dashfleet_next", "/")
