"""Compress the JavaScript and CSS a first visit loads once, at install or image build time, at
the strongest settings (brotli 11, gzip 9) that would be too slow per request; the services send
these files as they are (dashapp: `Content-Encoding`, `Vary: Accept-Encoding`), so a gateway
without a brotli module (the official nginx image) still sends brotli.

    python -m dashfleet.precompress [FOLDER...]   default: Dash's package folder and dashfleet/static

Writes FILE.br and FILE.gz beside each FILE of 1 kB or more, where compression saves something;
skips files whose compressed copies are newer than they are.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import brotli

# dashfleet's own static files (the plotly.js basic bundle); no import of dashapp, so that the
# image's dependency stage can run this file alone.
STATIC_DIR = Path(__file__).resolve().parent / "static"

SUFFIXES = (".js", ".css", ".map", ".json", ".svg")
MIN_BYTES = 1024


def folders() -> list[Path]:
    """Where Dash serves component suites from (its own package: renderer, dcc, html, table) and
    dashfleet's static files (the plotly.js basic bundle)."""
    import dash

    return [Path(dash.__file__).resolve().parent, STATIC_DIR]


def compress(path: Path) -> int:
    """Write path.br and path.gz when missing or older; returns the bytes written."""
    data = path.read_bytes()
    written = 0
    for suffix, squeeze in ((".br", lambda b: brotli.compress(b, quality=11)), (".gz", _gzip)):
        target = path.with_name(path.name + suffix)
        if target.exists() and target.stat().st_mtime >= path.stat().st_mtime:
            continue
        packed = squeeze(data)
        if len(packed) < len(data):
            target.write_bytes(packed)
            written += len(packed)
    return written


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)  # mtime 0: the same bytes every build


def main(argv: list[str] | None = None) -> int:
    roots = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or folders()
    count = 0
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in SUFFIXES and path.is_file() and path.stat().st_size >= MIN_BYTES:
                count += bool(compress(path))
    print(f"dashfleet precompress: {count} files compressed in {', '.join(map(str, roots))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
