"""Every place dashfleet's layer reaches inside Dash, in one module, each with the Dash releases it
was tested on.

The layer (dashapp.py, lean_page.py, callbacks.py, precompressed.py) serves every Dash from 2.0 to
4.x through what Dash documents: `interpolate_index`, `callback_map`, `config`, Flask's request
hooks on `app.server`. The few refinements that need more (below) check the running Dash first;
outside the range they were tested on, or where Dash no longer has what they touch, the app is
served without that refinement and one log line says so, never a crash. The real-apps tier runs
apps on Dash 2.x, 3.x and 4.x (tests/apps/third_party, tests/realapps).
"""

from __future__ import annotations

import inspect
import logging
import re

import dash
import dash.dash

log = logging.getLogger("dashfleet")

VERSION = tuple(int(part) for part in re.findall(r"\d+", dash.__version__)[:3])
SUPPORTED = ((2, 0, 0), (5, 0, 0))  # the layer as a whole: [2.0, 5.0)
# The type of `dash.no_update` (public), wherever a release keeps its class.
NoUpdate = type(dash.no_update)
_told: set[str] = set()


def supported() -> bool:
    return SUPPORTED[0] <= VERSION < SUPPORTED[1]


def _skip(piece: str, why: str) -> bool:
    if piece not in _told:
        _told.add(piece)
        log.warning("dashfleet: Dash %s: %s left out (%s)", dash.__version__, piece, why)
    return False


def _within(piece: str, low: tuple, high: tuple) -> bool:
    if low <= VERSION < high:
        return True
    return _skip(piece, f"tested on Dash {_text(low)} to below {_text(high)}")


def _text(version: tuple) -> str:
    return ".".join(map(str, version))


def use_pages(app: dash.Dash) -> bool:
    """Dash Pages came in 2.5; an older app has no such attribute."""
    return bool(getattr(app, "use_pages", False))


def components(layout) -> list:
    """The layout tree's components, the root first (`_traverse`: Dash 2.0 to 4.x)."""
    traverse = getattr(layout, "_traverse", None)
    return [layout, *traverse()] if callable(traverse) else [layout]


def drop_python_version(app: dash.Dash) -> bool:
    """Dash writes the interpreter's build string into every page's config (`python_version`, in
    `Dash._config`, Dash 2.0 to 4.x): leave it out. Returns whether it could."""
    piece = "leaving python_version out of the page config"
    if not _within(piece, (2, 0, 0), (5, 0, 0)):
        return False
    config = getattr(app, "_config", None)
    if not callable(config):
        return _skip(piece, "Dash has no Dash._config")

    def without_python_version():
        return {k: v for k, v in config().items() if k != "python_version"}

    app._config = without_python_version
    return True


def wrap_page_meta_tags(wrapper) -> bool:
    """Replace Dash Pages' `dash.dash._page_meta_tags(app, request)` (Dash 4.x) with
    `wrapper(original)`, once per process. Returns whether it is in place."""
    piece = "the Pages meta-tags fix"
    if not _within(piece, (4, 0, 0), (5, 0, 0)):
        return False
    original = getattr(dash.dash, "_page_meta_tags", None)
    if getattr(original, "dashfleet", False):
        return True
    if original is None or list(inspect.signature(original).parameters) != ["app", "request"]:
        return _skip(piece, "dash.dash._page_meta_tags is not (app, request)")
    wrapped = wrapper(original)
    wrapped.dashfleet = True
    dash.dash._page_meta_tags = wrapped
    return True


def plotly_bundle_fits(bundle_version: str) -> bool:
    """Whether dashfleet's plotly.js bundle (`bundle_version`) may stand in for the one this app
    draws with: from Dash 3, dcc.Graph draws with the plotly Python package's plotly.js, which the
    bundle replaces when both are the same major release; Dash 2's dcc carries a plotly.js of its
    own (2.x), whose figures (extendData...) another major release would change."""
    piece = "dashfleet's plotly.js bundle"
    if VERSION < (3, 0, 0):
        return _skip(piece, "Dash 2 draws with the plotly.js its dcc carries")
    try:
        from plotly.offline import get_plotlyjs_version

        theirs = get_plotlyjs_version()
    except Exception as exc:  # noqa: BLE001 - any failure: leave Dash's own, say why
        return _skip(piece, f"no plotly.js version from plotly: {exc}")
    if theirs.split(".")[0] != bundle_version.split(".")[0]:
        return _skip(piece, f"plotly.js {theirs} here, the bundle is {bundle_version}")
    return True
