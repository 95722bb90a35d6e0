"""What every Dash app in the fleet gets, whether dashfleet built it (`create_dash`) or it was
adopted as it is (`install_fleet_layer`, applied by the service at start): a health endpoint, the
small plotly.js bundle, long-lived caching, and error handling that answers bad input with a short
4xx and never shows a traceback (the callback side of it is in callbacks.py).

Each app is served at its public prefix inside its own service too (`url_base_pathname`): the
gateway passes paths through unchanged, so every URL Dash builds or routes (Pages, redirects,
assets, absolute URLs from the request) is right without any translation.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from dash import Dash
from dash.exceptions import DependencyException
from flask import Response, request, send_from_directory
from werkzeug.security import safe_join

from dashfleet import csp, dash_compat, lean_page
from dashfleet.callbacks import answer_directly, validate_callback_body
from dashfleet.errors import install_plain_errors, server_error
from dashfleet.precompressed import install as install_precompressed
from dashfleet.precompressed import response_for as precompressed_response

# Callback bodies are a few kB; anything near this is not a browser talking to us.
MAX_BODY_BYTES = 1024 * 1024
PREFIX_ENV = "DASH_URL_BASE_PATHNAME"  # Dash's own: sets both its routes and requests prefixes

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_ROUTE = "_dashfleet-static/"
# dcc.Graph uses a window.Plotly the page already has, so loading one first replaces Dash's own.
# "basic" (scatter, bar, pie): 395 kB gzipped where the full bundle Dash loads is 1.47 MB. "full":
# plotly.js's strict build, every trace type without `new Function` (Dash's own bundle compiles
# its WebGL shaders that way, which the site's Content-Security-Policy refuses: 3D, scattergl and
# parcoords would not draw). Versions in the file names: cached as immutable. docs/performance.md.
PLOTLY_VERSION = "4.1.1"
PLOTLY_BUNDLES = {
    "basic": f"plotly-basic-{PLOTLY_VERSION}.min.js",
    "full": f"plotly-strict-{PLOTLY_VERSION}.min.js",
    "none": None,  # Dash's own, fetched where a graph is drawn: for an app that draws none
}
# Where plotly.js fetches the map outlines of its geo traces (choropleth, scattergeo) by default.
PLOTLY_FULL_FETCHES = {"connect-src": ["https://cdn.plot.ly"]}
YEAR = 365 * 24 * 3600
# The shared dashboard stylesheet, versioned by its content so it too can be cached for good.
STYLESHEET = "dashboard.css?v=" + hashlib.sha256((STATIC_DIR / "dashboard.css").read_bytes()).hexdigest()[:12]
_LAYER = "dashfleet_layer"


def public_prefix(prefix: str | None = None) -> str:
    """Argument, then Dash's own DASH_URL_BASE_PATHNAME, then "/"."""
    prefix = prefix or os.environ.get(PREFIX_ENV) or "/"
    if not (prefix.startswith("/") and prefix.endswith("/")):
        raise ValueError(f"the public prefix {prefix!r} must start and end with '/'")
    return prefix


class FleetDash(Dash):
    """A Dash app built by dashfleet (create_dash): every callback bound to the app itself."""


def create_dash(import_name: str, *, prefix: str | None = None, plotly: str = "basic", **kwargs) -> Dash:
    """A Dash app served at `prefix`, in its service and behind the gateway alike.

    `plotly="basic"` loads the small plotly.js bundle (scatter, bar, pie); a dashboard that draws
    other trace types (maps, 3D, heatmaps, histograms...) passes `plotly="full"` (plotly.js strict).
    """
    prefix = public_prefix(prefix)
    if plotly not in PLOTLY_BUNDLES:
        raise ValueError(f"plotly must be one of {sorted(PLOTLY_BUNDLES)}, not {plotly!r}")
    stylesheets = [prefix + STATIC_ROUTE + STYLESHEET, *(kwargs.pop("external_stylesheets", None) or [])]
    app = FleetDash(
        import_name,
        url_base_pathname=prefix,
        external_stylesheets=stylesheets,
        **kwargs,
    )
    install_fleet_layer(app, plotly=plotly)
    return app


def install_fleet_layer(app: Dash, *, plotly: str = "basic") -> Dash:
    """Give a built Dash app dashfleet's layer, without touching its code. Idempotent.

    Call it before the app has served a request (Flask refuses new hooks after that).
    """
    server = app.server
    if server.extensions.get(_LAYER):
        return app
    server.extensions[_LAYER] = True
    prefix = app.config.routes_pathname_prefix
    if server.config.get("MAX_CONTENT_LENGTH") is None:
        server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    if PLOTLY_BUNDLES.get(plotly) and dash_compat.plotly_bundle_fits(PLOTLY_VERSION):
        # Dash reads the list when it renders the index page: first, so dcc.Graph finds it.
        app.config.external_scripts.insert(
            0, app.config.requests_pathname_prefix + STATIC_ROUTE + PLOTLY_BUNDLES[plotly]
        )
    dash_compat.drop_python_version(app)
    lean_page.install(app, app.config.requests_pathname_prefix + STATIC_ROUTE)
    _add_health(app, prefix)
    server.add_url_rule(f"{prefix}{STATIC_ROUTE}<path:filename>", "dashfleet_static", _serve_static)
    install_precompressed(app)
    _validate_callbacks(app)
    server.after_request(_cache_fingerprinted)
    _page_policy(app, plotly)
    _fix_page_redirects(app)
    if dash_compat.use_pages(app):
        dash_compat.wrap_page_meta_tags(_meta_tags_see_the_page_path)
    # A component-suite path for a package or file Dash never registered: Dash raises, which
    # would be a 500; it is the client asking for something that is not there.
    server.register_error_handler(DependencyException, lambda exc: _not_found())
    # ...and one Dash lists but its package does not ship (a source map, dash_renderer's .map):
    # pkgutil raises FileNotFoundError, a 500 with a traceback in the log for anyone to repeat.
    own = server.error_handler_spec.get(None, {}).get(None, {})
    if not any(kind in own for kind in (FileNotFoundError, OSError, Exception)):
        server.register_error_handler(FileNotFoundError, _missing_suite_file)
    install_plain_errors(server)
    return app


def _not_found() -> Response:
    return Response("404 Not Found: no such file\n", 404, mimetype="text/plain")


def _missing_suite_file(exc: FileNotFoundError) -> Response:
    if "/_dash-component-suites/" in request.path:
        return _not_found()
    return server_error(exc)  # the app's own missing file: a 500, as any other error


def _add_health(app: Dash, prefix: str) -> None:
    """`<prefix>health` (what the landing page asks through the gateway) and `/health` (what
    container probes ask inside the service). An app's own route at either path is kept."""
    taken = {rule.rule for rule in app.server.url_map.iter_rules()}
    for path in dict.fromkeys([f"{prefix}health", "/health"]):
        if path not in taken:
            app.server.add_url_rule(path, f"dashfleet_health{path}", _health)


def _health() -> Response:
    return Response("ok\n", mimetype="text/plain", headers={"Cache-Control": "no-store"})


def _validate_callbacks(app: Dash) -> None:
    callback_route = app.config.routes_pathname_prefix + "_dash-update-component"

    # Registered after Dash's own before_request hooks, so the callback map is complete (global
    # `dash.callback`s and the Pages router are added on the first request).
    @app.server.before_request
    def _validate_callback_request():
        if request.path == callback_route and request.method == "POST":
            validate_callback_body(app, request)
            return answer_directly(app, request.get_json())
        return None


def _fix_page_redirects(app: Dash) -> None:
    """Dash Pages' `redirect_from` answers with the prefix twice (Dash 4.4 applies
    get_relative_path to a path that already has it): put the target back under one prefix."""
    prefix = app.config.requests_pathname_prefix
    if prefix == "/":
        return
    doubled = prefix + prefix.lstrip("/")
    redirects = {
        rule.endpoint
        for rule in app.server.url_map.iter_rules()
        if "redirect" in getattr(app.server.view_functions.get(rule.endpoint), "__qualname__", "")
    }

    @app.server.after_request
    def _single_prefix(response):
        location = response.headers.get("Location", "")
        if request.endpoint in redirects and location.startswith(doubled):
            response.headers["Location"] = prefix + location[len(doubled) :]
        return response


class _PagePath:
    """The request as Dash Pages' meta tags should see it: its path relative to the prefix."""

    def __init__(self, request, path: str):
        self._request, self.path = request, path

    def __getattr__(self, name):
        return getattr(self._request, name)


def _meta_tags_see_the_page_path(original):
    """Dash 4.4 looks up the page for the meta tags (title, description, og:image) by the full
    request path, prefix included, so under a prefix it never finds one (dash_compat puts this
    wrapper in place, on the Dash releases it was tested on)."""

    def page_meta_tags(app, request):
        return original(app, _PagePath(request, "/" + (app.strip_relative_path(request.path) or "")))

    return page_meta_tags


def _cache_for_good(response):
    """A versioned URL's content never changes: cache it a year, without revalidating."""
    response.cache_control.public = True
    response.cache_control.max_age = YEAR
    response.cache_control.immutable = True
    return response


def _serve_static(filename: str):
    # Every URL dashfleet writes for these files carries a version (in the name or ?v=).
    path = safe_join(str(STATIC_DIR), filename)
    precompressed = path and precompressed_response(Path(path), versioned=True)
    return precompressed or _cache_for_good(send_from_directory(STATIC_DIR, filename))


def _page_policy(app: Dash, plotly: str) -> None:
    """The site's CSP on every page, with that page's inline scripts allowed by hash (the gateway
    then adds no policy of its own): Dash's renderer script and inline clientside callbacks run,
    and nothing injected does. The origins the app declares it loads from (its CDN theme, fonts,
    scripts), plus the registry's `csp` (DASHFLEET_CSP, JSON), are allowed on its pages only. An
    app that sets its own policy keeps it."""
    declared = {}

    @app.server.after_request
    def page_policy(response):
        own = "Content-Security-Policy" in response.headers
        if response.mimetype == "text/html" and not response.direct_passthrough and not own:
            if not declared:  # once, on the first page: the app's config is complete by then
                declared["sources"] = csp.merge(
                    csp.declared_sources(
                        app.config.external_stylesheets, app.config.external_scripts, app.index_string
                    ),
                    csp.asset_sources(app.config.get("assets_folder")),
                    csp.component_sources(app.registered_paths),
                    csp.layout_sources(_fixed_layout(app)),
                    PLOTLY_FULL_FETCHES if plotly == "full" else {},
                    csp.from_environment(),
                )
            html = response.get_data(as_text=True)
            response.headers["Content-Security-Policy"] = csp.for_page(html, declared["sources"])
        return response


def _fixed_layout(app: Dash) -> list:
    """The components of a layout that is a fixed tree (not a function, nothing to call)."""
    layout = app.layout
    if layout is None or callable(layout) or isinstance(layout, list):
        return []
    return dash_compat.components(layout)


def _cache_fingerprinted(response):
    """Dash gives fingerprinted bundles a year's max-age; `immutable` also spares the browser
    the revalidation on every reload (the largest part of a repeat visit)."""
    suites = "/_dash-component-suites/" in request.path
    fingerprinted = suites and response.cache_control.max_age == YEAR
    versioned = fingerprinted or (request.path.endswith("/_favicon.ico") and "v" in request.args)
    if versioned and response.status_code == 200:
        _cache_for_good(response)
    elif suites and response.get_etag()[0]:
        # Unversioned chunks (async-graph.js...): revalidate. The gateway's compression turns
        # Dash's ETag weak (W/"..."), which Dash's own strict comparison never matches;
        # werkzeug compares weakly, as RFC 9110 asks for If-None-Match, and answers 304.
        response.cache_control.no_cache = True
        response = response.make_conditional(request)
    return response
