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
  DASHFLEET_OIDC_POST_LOGOUT_REDIRECT_URI
                                 where the provider sends the visitor after signing out there
                                 (default: this site's /, as the visitor reached it)
  DASHFLEET_OIDC_INTERNAL_URL    where this service reaches the provider, when that is not the
                                 issuer's address: a provider in the same compose project or
                                 cluster (http://keycloak:8080/realms/team). Discovery, token,
                                 userinfo and key requests go there; the visitor's browser still
                                 goes to the issuer's address, and tokens are still checked
                                 against the issuer.

Signing out (POST /logout) ends the dashfleet session, then the provider's too where it publishes
an `end_session_endpoint` (OpenID Connect RP-Initiated Logout), so the next sign-in asks again.
"""

from __future__ import annotations

import contextlib
import os
from urllib.parse import urlencode, urlsplit

from authlib.integrations.base_client import OAuthError
from authlib.integrations.flask_client import FlaskOAuth2App, OAuth
from flask import Flask, session

from dashfleet.service import ServiceConfigError

PROVIDER = "dashfleet"
# The provider's endpoints this service calls itself, and those the visitor's browser is sent to.
BACK_CHANNEL = (
    "token_endpoint",
    "userinfo_endpoint",
    "jwks_uri",
    "revocation_endpoint",
    "introspection_endpoint",
)
FRONT_CHANNEL = ("authorization_endpoint", "end_session_endpoint")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def split_channels(metadata: dict, internal_url: str) -> dict:
    """The provider's metadata with back-channel endpoints at `internal_url`'s origin and
    front-channel ones at the issuer's (in place, and returned). Endpoints are compared by origin,
    so a second pass changes nothing."""
    if not (internal_url and metadata.get("issuer")):
        return metadata
    public, internal = _origin(metadata["issuer"]), _origin(internal_url)
    for keys, old, new in ((BACK_CHANNEL, public, internal), (FRONT_CHANNEL, internal, public)):
        for key in keys:
            value = str(metadata.get(key, ""))
            if key in metadata and _origin(value) == old:
                metadata[key] = new + value[len(old) :]
    return metadata


class _SplitChannelApp(FlaskOAuth2App):
    """Reads the provider's metadata at DASHFLEET_OIDC_INTERNAL_URL; calls the back-channel
    endpoints at that address and sends the browser to the front-channel ones at the issuer's.
    Providers write their endpoints either from the issuer (Keycloak with a fixed hostname) or
    from the address they were asked at (oidc-provider), so both directions are mapped. The ID
    token is still checked against the issuer."""

    internal_url = ""

    def load_server_metadata(self):
        # Mapped on every call, not once: the mapping leaves mapped metadata as it is, so no need
        # to know whether Authlib has just fetched it (its own cache marker is private).
        return split_channels(super().load_server_metadata(), self.internal_url)


class _OAuth(OAuth):
    oauth2_client_cls = _SplitChannelApp


def configure(app: Flask) -> None:
    internal = os.environ.get("DASHFLEET_OIDC_INTERNAL_URL", "").rstrip("/")
    discovery = os.environ.get("DASHFLEET_OIDC_DISCOVERY_URL") or (
        (internal or os.environ.get("DASHFLEET_OIDC_ISSUER", "").rstrip("/"))
        + "/.well-known/openid-configuration"
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
        OIDC_POST_LOGOUT_REDIRECT_URI=os.environ.get("DASHFLEET_OIDC_POST_LOGOUT_REDIRECT_URI"),
    )
    _SplitChannelApp.internal_url = internal
    oauth = _OAuth(app)
    oauth.register(
        PROVIDER,
        client_id=os.environ["DASHFLEET_OIDC_CLIENT_ID"],
        client_secret=os.environ["DASHFLEET_OIDC_CLIENT_SECRET"],
        server_metadata_url=discovery,  # fetched on the first sign-in: the provider may start later
        client_kwargs={"scope": os.environ.get("DASHFLEET_OIDC_SCOPES", "openid email profile")},
    )
    app.extensions["dashfleet_oidc"] = oauth
    app.extensions["dashfleet_oidc_client_id"] = os.environ["DASHFLEET_OIDC_CLIENT_ID"]


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


def remember_id_token(token: dict) -> None:
    """Kept (in the signed OIDC cookie) as the `id_token_hint` of the provider's sign-out."""
    session["dashfleet_id_token"] = token.get("id_token", "")


def end_session_url(app: Flask, post_logout_redirect_uri: str) -> str | None:
    """The provider's sign-out address for this visitor, or None when it publishes none (or
    cannot be reached: the dashfleet session is over either way)."""
    try:
        endpoint = client(app).load_server_metadata().get("end_session_endpoint")
    except (OAuthError, ValueError, OSError) as exc:
        app.logger.warning("OpenID Connect provider unreachable for sign-out: %s", exc)
        return None
    if not endpoint:
        return None
    params = {"client_id": app.extensions["dashfleet_oidc_client_id"]}
    params["post_logout_redirect_uri"] = (
        app.config["OIDC_POST_LOGOUT_REDIRECT_URI"] or post_logout_redirect_uri
    )
    hint = session.pop("dashfleet_id_token", "")
    if hint:
        params["id_token_hint"] = hint
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(params)}"


def remember_next(target: str) -> None:
    session["dashfleet_next"] = target


def recall_next() -> str:
    return session.pop("dashfleet_next", "/")
