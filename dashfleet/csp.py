"""The Content-Security-Policy of every document the site serves, written once: the gateway sends
it on its own pages and the landing's (rendered into its config), and each Dash service sends it
on its pages with the hashes of that page's inline scripts, so `script-src` never needs
'unsafe-inline'.

Dash writes one inline script (`var renderer = new DashRenderer();`) plus any inline clientside
callbacks, and plotly.js writes inline styles (hence 'unsafe-inline' in style-src only). No eval,
no framing by other sites. A page loads from other origins only what it declares itself: the
stylesheets and scripts its app names (`external_stylesheets`, `external_scripts`, links in its
`index_string`) are allowed on that page, with the fonts those stylesheets are known to pull; a
registry entry's `csp` adds origins by hand. Each dashboard's policy is its own: none widens another's.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from pathlib import Path

# <script> elements without src whose content the browser runs (JSON data blocks such as Dash's
# _dash-config are not scripts to CSP).
_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\ssrc\s*=)(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I
)
_DATA_BLOCK = re.compile(r"""\stype\s*=\s*["']?application/(?:ld\+)?json""", re.I)


# The directives a page's own sources may widen, with what every page has.
BASE = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
}
FIXED = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
# Stylesheets and scripts that fetch from a second origin of their own.
_PULLS = {
    "https://fonts.googleapis.com": {"font-src": ["https://fonts.gstatic.com"]},
    "https://kit.fontawesome.com": {
        "font-src": ["https://ka-f.fontawesome.com"],
        "connect-src": ["https://ka-f.fontawesome.com"],
        "style-src": ["https://ka-f.fontawesome.com"],
    },
}
# Component packages that fetch from a service of their own at run time, by their import name.
COMPONENT_PULLS = {
    # Icons by name, fetched from the Iconify API (and its two fallbacks)
    "dash_iconify": {
        "connect-src": ["https://api.iconify.design", "https://api.simplesvg.com", "https://api.unisvg.com"]
    },
    # dl.TileLayer()'s default map tiles
    "dash_leaflet": {"img-src": ["https://*.tile.openstreetmap.org"]},
}
_TAG = re.compile(r"<(?P<tag>link|script)\b[^>]*>", re.I)
_URL = re.compile(r"""\s(?:href|src)\s*=\s*["']?(?P<scheme>https?:)?//(?P<host>[^/"'\s>?#]+)""", re.I)
_STYLESHEET = re.compile(r"""\srel\s*=\s*["']?(?:stylesheet|preload)""", re.I)
_ABSOLUTE = re.compile(r"^(?P<scheme>https?:)?//(?P<host>[^/?#]+)", re.I)


def policy(script_sources=(), extra: dict[str, list[str]] | None = None) -> str:
    """The policy; `script_sources` are inline-script hashes, `extra` origins per directive."""
    directives = {name: list(sources) for name, sources in BASE.items()}
    directives["script-src"] += list(script_sources)
    for name, sources in (extra or {}).items():
        if name in directives:
            directives[name] += [s for s in sources if s not in directives[name]]
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items()) + "; " + FIXED


def _origin(scheme: str | None, host: str) -> str:
    return f"{(scheme or 'https:').lower()}//{host.lower()}"


def declared_sources(stylesheets=(), scripts=(), index_string: str = "") -> dict[str, list[str]]:
    """The other origins an app declares it loads from: Dash's `external_stylesheets` and
    `external_scripts` (a URL, or a dict with href/src), and the link and script tags of its own
    `index_string`; with the fonts those stylesheets are known to pull. Read from the app's
    configuration, never from a response, so nothing a request carries can widen it."""
    found: dict[str, list[str]] = {}

    def allow(directive: str, origin: str) -> None:
        found.setdefault(directive, [])
        if origin not in found[directive]:
            found[directive].append(origin)
        for pulled_directive, pulled in _PULLS.get(origin, {}).items():
            for each in pulled:
                if each not in found.setdefault(pulled_directive, []):
                    found[pulled_directive].append(each)

    def urls(entries, key):
        for entry in entries:
            url = entry.get(key, "") if isinstance(entry, dict) else str(entry)
            match = _ABSOLUTE.match(url.strip())
            if match:
                yield _origin(match.group("scheme"), match.group("host"))

    for origin in urls(stylesheets, "href"):
        allow("style-src", origin)
        allow("font-src", origin)  # icon fonts come from beside their stylesheet
    for origin in urls(scripts, "src"):
        allow("script-src", origin)
    for tag in _TAG.finditer(index_string or ""):
        url = _URL.search(tag.group(0))
        if not url:
            continue
        origin = _origin(url.group("scheme"), url.group("host"))
        if tag.group("tag").lower() == "script":
            allow("script-src", origin)
        elif _STYLESHEET.search(tag.group(0)):
            allow("style-src", origin)
            allow("font-src", origin)
    return found


_CSS_ORIGIN = r"""\s*["']?(?P<scheme>https?:)?//(?P<host>[A-Za-z0-9.-]+(?::\d+)?)"""
_CSS_IMPORT = re.compile(r"@import\s+(?:url\()?" + _CSS_ORIGIN, re.I)
_CSS_URL = re.compile(r"url\(" + _CSS_ORIGIN, re.I)
_FONT_FACE = re.compile(r"@font-face\s*{[^}]*}", re.I)


def asset_sources(assets_folder) -> dict[str, list[str]]:
    """The other origins the app's own stylesheets (its `assets/` folder, which Dash serves on every
    page) pull from: `@import`ed stylesheets, `@font-face` fonts and other `url()`s (images). Read
    from the app's files, never from a response."""
    found: dict[str, list[str]] = {}
    folder = Path(assets_folder) if assets_folder else None
    if folder is None or not folder.is_dir():
        return found
    for css in sorted(folder.rglob("*.css")):
        try:
            text = css.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        fonts = " ".join(_FONT_FACE.findall(text))
        for directive, pattern, where in (
            ("style-src", _CSS_IMPORT, text),
            ("font-src", _CSS_URL, fonts),
            ("img-src", _CSS_URL, _FONT_FACE.sub("", _CSS_IMPORT.sub("", text))),
        ):
            for match in pattern.finditer(where):
                origin = _origin(match.group("scheme"), match.group("host"))
                if origin not in found.setdefault(directive, []):
                    found[directive].append(origin)
    pulled = [_PULLS.get(origin, {}) for origin in found.get("style-src", [])]
    return merge({k: v for k, v in found.items() if v}, *pulled)


def component_sources(packages) -> dict[str, list[str]]:
    """What the component packages an app registered (`app.registered_paths`) fetch at run time."""
    return merge(*(COMPONENT_PULLS[p] for p in sorted(packages) if p in COMPONENT_PULLS))


def layout_sources(components) -> dict[str, list[str]]:
    """The images a fixed layout shows from elsewhere (`html.Img(src="https://...")`)."""
    found: list[str] = []
    for component in components:
        src = getattr(component, "src", None) if type(component).__name__ == "Img" else None
        match = _ABSOLUTE.match(src.strip()) if isinstance(src, str) else None
        if match and _origin(match.group("scheme"), match.group("host")) not in found:
            found.append(_origin(match.group("scheme"), match.group("host")))
    return {"img-src": found} if found else {}


def inline_script_hashes(html: str) -> list[str]:
    """CSP sources ('sha256-...') for each inline script of `html`, exactly as the browser hashes
    its text, in order, without repeats."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        if _DATA_BLOCK.search(match.group("attrs")):
            continue
        digest = base64.b64encode(hashlib.sha256(match.group("body").encode()).digest()).decode()
        source = f"'sha256-{digest}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def merge(*sources: dict[str, list[str]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for each in sources:
        for directive, origins in each.items():
            merged.setdefault(directive, [])
            merged[directive] += [o for o in origins if o not in merged[directive]]
    return merged


def for_page(html: str, sources: dict[str, list[str]] | None = None) -> str:
    """The policy of one page: its inline scripts by hash, plus the app's declared `sources`."""
    return policy(inline_script_hashes(html), sources or {})


def from_environment() -> dict[str, list[str]]:
    """The registry entry's `csp` (origins by directive), as the service's DASHFLEET_CSP (JSON)."""
    try:
        data = json.loads(os.environ.get("DASHFLEET_CSP") or "{}")
    except ValueError:
        return {}
    return {k: [str(o) for o in v] for k, v in data.items() if k in BASE and isinstance(v, list)}
