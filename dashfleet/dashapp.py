"""What every dashfleet Dash app shares: its public prefix from configuration, a health endpoint,
and error handling that answers bad input with a short 4xx and never shows a traceback.
"""

from __future__ import annotations

import os

from dash import Dash
from flask import abort, request

from dashfleet.errors import install_plain_errors

# Callback bodies are a few kB; anything near this is not a browser talking to us.
MAX_BODY_BYTES = 1024 * 1024


def public_prefix(prefix: str | None = None) -> str:
    """Argument, then Dash's own DASH_REQUESTS_PATHNAME_PREFIX, then "/"."""
    prefix = prefix or os.environ.get("DASH_REQUESTS_PATHNAME_PREFIX") or "/"
    if not (prefix.startswith("/") and prefix.endswith("/")):
        raise ValueError(f"the public prefix {prefix!r} must start and end with '/'")
    return prefix


class FleetDash(Dash):
    """Dash, minus the interpreter's build string in every page's config (a version banner)."""

    def _config(self):
        config = super()._config()
        config.pop("python_version", None)
        return config


def create_dash(import_name: str, *, prefix: str | None = None, **kwargs) -> Dash:
    """A Dash app served at "/" inside its service and at `prefix` behind the gateway."""
    app = FleetDash(
        import_name,
        requests_pathname_prefix=public_prefix(prefix),
        routes_pathname_prefix="/",
        health_endpoint="health",
        **kwargs,
    )
    harden(app)
    return app


def harden(app: Dash) -> None:
    """Reject malformed callback requests up front and keep error pages short and plain."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    callback_route = app.config.routes_pathname_prefix + "_dash-update-component"

    @server.before_request
    def _validate_callback_request():
        if request.path == callback_route and request.method == "POST":
            validate_callback_body(app, request)

    install_plain_errors(server)


def validate_callback_body(app: Dash, req) -> None:
    """Abort with 4xx unless the body names a known callback with the inputs it declares.

    Dash itself trusts the body's shape and answers a wrong one with a 500; a client's mistake
    must read as the client's (4xx), and must not reach the callback.
    """
    if not req.is_json:
        abort(415, "callback requests must be application/json")
    body = req.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, "the body must be a JSON object")
    output = body.get("output")
    if not isinstance(output, str) or output not in app.callback_map:
        abort(400, "unknown callback output")
    spec = app.callback_map[output]
    for key in ("inputs", "state"):
        given = body.get(key, [])
        declared = spec[key]
        if not isinstance(given, list) or len(given) != len(declared):
            abort(400, f"'{key}' must list the {len(declared)} value(s) the callback declares")
        for item, want in zip(given, declared, strict=True):
            if not _matches(item, want):
                abort(400, f"'{key}' does not match the callback's {key}")
    outputs = body.get("outputs")
    if outputs is not None and not (_is_prop(outputs) or _is_prop_list(outputs)):
        abort(400, "'outputs' is malformed")
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        abort(400, "'changedPropIds' must be a list of strings")


def _is_prop(item) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("id"), (str, dict))
        and isinstance(item.get("property"), str)
    )


def _is_prop_list(items) -> bool:
    return isinstance(items, list) and all(_is_prop(i) or _is_prop_list(i) for i in items)


def _matches(item, want: dict) -> bool:
    """A plain id must be the declared one; pattern-matching ids (dicts) only need the shape."""
    if isinstance(want.get("id"), str) and not want["id"].startswith("{"):
        return _is_prop(item) and item["id"] == want["id"] and item["property"] == want["property"]
    return _is_prop(item) or _is_prop_list(item)
