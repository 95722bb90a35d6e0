"""A Dash page's first visit without what a current browser never uses (docs/performance.md):

- Dash loads @babel/polyfill 7 (core-js 2: 29.7 kB brotli) for browsers older than 2017. Of it, its
  own bundles need one thing, the `regeneratorRuntime` global their compiled async functions
  call; regenerator-runtime alone is 2.3 kB (`dashfleet/static`, MIT, minified with terser).
- Dash loads dash_table's bundle (8.4 kB) into every page. It is dropped only where no table can
  appear: the layout is a fixed tree without one, and every callback writes to properties that
  never hold components (a callback writing `children` could return a table).
- Dash's default favicon (4.7 kB) is replaced by the fleet's inline SVG icon: no request at all.

Dash renders its page through `interpolate_index`, its documented hook for custom index pages;
an app's own `index_string` keeps working, and an app that replaces `interpolate_index` itself
is left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from dash import Dash

from dashfleet import dash_compat

RUNTIME = "regenerator-runtime-0.14.1.min.js"
POLYFILL_TAG = re.compile(r'<script src="[^"]*/_dash-component-suites/dash/deps/polyfill@[^"]*"></script>')
DASH_TABLE_TAG = re.compile(
    r'<script src="[^"]*/_dash-component-suites/dash/dash_table/bundle[^"]*"></script>'
)
FAVICON = (Path(__file__).resolve().parent / "templates" / "favicon.html").read_text().strip()
# Properties that never hold a component, whatever a callback returns.
PLAIN_PROPS = frozenset(
    {
        "figure", "value", "style", "className", "disabled", "hidden", "data", "href", "src",
        "n_clicks", "n_intervals", "max_intervals", "interval", "clickData", "hoverData",
        "selectedData", "relayoutData", "pathname", "search", "hash", "title", "placeholder",
    }
)  # fmt: skip


def install(app: Dash, static_url: str) -> None:
    """`static_url`: where dashfleet's static files are served for this app (ends with /)."""
    if "interpolate_index" in vars(app):
        return
    render = app.interpolate_index
    runtime_tag = f'<script src="{static_url}{RUNTIME}"></script>'

    def interpolate_index(**parts):
        scripts = POLYFILL_TAG.sub(lambda _: runtime_tag, parts.get("scripts", ""))
        if not might_show_a_table(app):
            scripts = DASH_TABLE_TAG.sub("", scripts)
        parts["scripts"] = scripts
        if "_favicon.ico" in parts.get("favicon", ""):  # Dash's own, not one from the app's assets
            parts["favicon"] = FAVICON
        return render(**parts)

    app.interpolate_index = interpolate_index


def might_show_a_table(app: Dash) -> bool:
    layout = app.layout
    if dash_compat.use_pages(app) or layout is None or callable(layout) or isinstance(layout, list):
        return True
    if any(getattr(c, "_namespace", None) == "dash_table" for c in dash_compat.components(layout)):
        return True
    for key in app.callback_map:  # Dash's output key: "id.prop", or "..id1.prop1...id2.prop2.."
        for output in _outputs(key):
            if output.rsplit(".", 1)[-1].split("@")[0] not in PLAIN_PROPS:
                return True
    return False


def _outputs(spec: str) -> list[str]:
    return [part for part in spec.strip(".").split("...") if part] if spec.startswith("..") else [spec]
