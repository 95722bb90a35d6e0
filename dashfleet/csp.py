"""The Content-Security-Policy of every document the site serves, written once: the gateway sends
it on its own pages and the landing's (rendered into its config), and each Dash service sends it
on its pages with the hashes of that page's inline scripts, so `script-src` never needs
'unsafe-inline'.

Dash writes one inline script (`var renderer = new DashRenderer();`) plus any inline clientside
callbacks, and plotly.js writes inline styles (hence 'unsafe-inline' in style-src only). No eval,
and nothing loads, connects or frames the site from elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import re

# <script> elements without src whose content the browser runs (JSON data blocks such as Dash's
# _dash-config are not scripts to CSP).
_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\ssrc\s*=)(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I
)
_DATA_BLOCK = re.compile(r"""\stype\s*=\s*["']?application/(?:ld\+)?json""", re.I)


def policy(script_sources: tuple[str, ...] | list[str] = ()) -> str:
    script_src = " ".join(["'self'", *script_sources])
    return (
        f"default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
    )


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


def for_page(html: str) -> str:
    return policy(inline_script_hashes(html))
