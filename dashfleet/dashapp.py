"""What every dashfleet Dash app shares: its public prefix from configuration, a health endpoint,
and error handling that answers bad input with a short 4xx and never shows a traceback.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from dash import Dash, Input, NoUpdate, Output
from dash.exceptions import PreventUpdate
from flask import Response, abort, request, send_from_directory
from plotly.io.json import to_json_plotly

from dashfleet.errors import install_plain_errors

# Callback bodies are a few kB; anything near this is not a browser talking to us.
MAX_BODY_BYTES = 1024 * 1024

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_ROUTE = "_dashfleet-static/"
# plotly.js "basic" (scatter, bar, pie): 395 kB gzipped where the full bundle Dash loads is 1.47 MB.
# dcc.Graph uses a window.Plotly the page already has, so loading this one first replaces the other.
# Its version is in the file name, so it is cached as immutable. See docs/performance.md.
PLOTLY_BUNDLES = {"basic": "plotly-basic-4.1.1.min.js", "full": None}
YEAR = 365 * 24 * 3600
# The shared dashboard stylesheet, versioned by its content so it too can be cached for good.
STYLESHEET = "dashboard.css?v=" + hashlib.sha256((STATIC_DIR / "dashboard.css").read_bytes()).hexdigest()[:12]


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


def create_dash(import_name: str, *, prefix: str | None = None, plotly: str = "basic", **kwargs) -> Dash:
    """A Dash app served at "/" inside its service and at `prefix` behind the gateway.

    `plotly="basic"` loads the small plotly.js bundle (scatter, bar, pie); a dashboard that draws
    other trace types (maps, 3D, heatmaps...) passes `plotly="full"` and gets Dash's own bundle.
    """
    prefix = public_prefix(prefix)
    if plotly not in PLOTLY_BUNDLES:
        raise ValueError(f"plotly must be one of {sorted(PLOTLY_BUNDLES)}, not {plotly!r}")
    stylesheets = [prefix + STATIC_ROUTE + STYLESHEET, *(kwargs.pop("external_stylesheets", None) or [])]
    scripts = list(kwargs.pop("external_scripts", None) or [])
    if PLOTLY_BUNDLES[plotly]:
        scripts.insert(0, prefix + STATIC_ROUTE + PLOTLY_BUNDLES[plotly])
    app = FleetDash(
        import_name,
        requests_pathname_prefix=prefix,
        routes_pathname_prefix="/",
        health_endpoint="health",
        external_scripts=scripts,
        external_stylesheets=stylesheets,
        **kwargs,
    )
    harden(app)
    app.server.add_url_rule(f"/{STATIC_ROUTE}<path:filename>", "dashfleet_static", _serve_static)
    app.server.after_request(_cache_fingerprinted)
    return app


def _serve_static(filename: str):
    # Every URL dashfleet writes for these files carries a version (in the name or ?v=).
    response = send_from_directory(STATIC_DIR, filename, max_age=YEAR)
    response.cache_control.public = True
    response.cache_control.immutable = True
    return response


def _cache_fingerprinted(response):
    """Dash gives fingerprinted bundles a year's max-age; `immutable` also spares the browser
    the revalidation on every reload (the largest part of a repeat visit)."""
    fingerprinted = (
        request.path.startswith("/_dash-component-suites/") and response.cache_control.max_age == YEAR
    )
    versioned = fingerprinted or (request.path == "/_favicon.ico" and "v" in request.args)
    if versioned and response.status_code == 200:
        response.cache_control.public = True
        response.cache_control.max_age = YEAR
        response.cache_control.immutable = True
    elif request.path.startswith("/_dash-component-suites/") and response.get_etag()[0]:
        # Unversioned chunks (async-graph.js...): revalidate. The gateway's compression turns
        # Dash's ETag weak (W/"..."), which Dash's own strict comparison never matches;
        # werkzeug compares weakly, as RFC 9110 asks for If-None-Match, and answers 304.
        response.cache_control.no_cache = True
        response = response.make_conditional(request)
    return response


def harden(app: Dash) -> None:
    """Reject malformed callback requests up front and keep error pages short and plain."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    callback_route = app.config.routes_pathname_prefix + "_dash-update-component"

    @server.before_request
    def _validate_callback_request():
        if request.path == callback_route and request.method == "POST":
            validate_callback_body(app, request)
            direct = server.extensions.get(_DIRECT, {}).get(request.get_json()["output"])
            if direct:
                return _answer_directly(*direct, request.get_json())
        return None

    install_plain_errors(server)


_DIRECT = "dashfleet_direct_callbacks"


def direct_callback(app: Dash, output: Output, *inputs: Input):
    """`app.callback` for the hot, simple kind: one Output, plain Inputs, and a result that
    depends on the input values alone.

    Dash registers it as usual (the page, its dependencies and every Dash tool see an ordinary
    callback); dashfleet answers its requests straight from the validated body, without Dash's
    per-request dispatch (context, grouping, hooks), which costs several times what a fast
    callback does. PreventUpdate and no_update answer as Dash does (204; an empty update). Not
    for a callback that reads dash.ctx / callback_context, State, or calls set_props: use
    app.callback for those.
    """

    def decorator(func):
        app.callback(output, *inputs)(func)
        key = f"{output.component_id}.{output.component_property}"
        app.server.extensions.setdefault(_DIRECT, {})[key] = (output, func)
        return func

    return decorator


def _answer_directly(output: Output, func, body: dict) -> Response:
    try:
        result = func(*(item.get("value") for item in body["inputs"]))
    except PreventUpdate:
        return Response(status=204)
    updates = (
        {} if isinstance(result, NoUpdate) else {output.component_id: {output.component_property: result}}
    )
    payload = {"multi": True, "response": updates}
    return Response(to_json_plotly(payload), mimetype="application/json")


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
