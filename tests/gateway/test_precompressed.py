"""The bundles a first visit loads go out as compressed once at install or build time (brotli 11,
gzip 9: dashfleet.precompress), whatever the gateway could compress itself: with the encoding
the browser asked for, `Vary: Accept-Encoding`, the same bytes once decoded, and cached for good
where the URL is versioned. The same on the compose stack, whose nginx has no brotli module."""

from __future__ import annotations

import gzip
import re

import brotli
import pytest
import requests

from dashfleet.dashapp import STATIC_DIR
from dashfleet.lean_page import RUNTIME
from dashfleet.precompressed import DASH_DIR

PLOTLY = "plotly-basic-4.1.1.min.js"


def bundle_urls(site) -> list[str]:
    html = site.get("/population/").text
    return re.findall(r'src="(/population/_dash-component-suites/dash/[^"]+)"', html)


def raw(site, path: str, encoding: str) -> requests.Response:
    """The response as sent (not decoded by the client library)."""
    resp = requests.get(site.url + path, headers={"Accept-Encoding": encoding}, stream=True, timeout=10)
    resp.raw_bytes = resp.raw.read(decode_content=False)
    return resp


def decode(resp) -> bytes:
    return {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[
        resp.headers.get("Content-Encoding")
    ](resp.raw_bytes)


@pytest.fixture(params=["gateway", pytest.param("containers", marks=pytest.mark.containers)])
def served(request):
    return request.getfixturevalue(f"{request.param}_site")


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_versioned_bundles_go_out_precompressed_and_cached_for_good(served, encoding):
    urls = bundle_urls(served)
    assert len(urls) >= 5
    for url in urls:
        resp = raw(served, url, encoding)
        assert resp.status_code == 200 and resp.headers["Content-Encoding"] == encoding, url
        assert "Accept-Encoding" in resp.headers["Vary"]
        assert "immutable" in resp.headers["Cache-Control"] and "ETag" not in resp.headers
        path_in_dash = re.sub(r"\.v[\w]+m\d+\.", ".", url.split("/_dash-component-suites/dash/")[1])
        if served.mode == "gateway":  # the same bytes, once decoded
            assert decode(resp) == (DASH_DIR / path_in_dash).read_bytes(), url


@pytest.mark.parametrize("name", [PLOTLY, RUNTIME])
def test_dashfleet_s_own_bundles_go_out_as_brotli_11(served, name):
    resp = raw(served, f"/population/_dashfleet-static/{name}", "gzip, deflate, br")
    assert resp.headers["Content-Encoding"] == "br" and "immutable" in resp.headers["Cache-Control"]
    assert "Accept-Encoding" in resp.headers["Vary"]
    original = (STATIC_DIR / name).read_bytes()
    assert decode(resp) == original
    assert len(resp.raw_bytes) <= len(brotli.compress(original, quality=9))  # stronger than on the fly


def test_an_unversioned_chunk_is_revalidated(served):
    first = raw(served, "/population/_dash-component-suites/dash/dcc/async-graph.js", "br")
    assert first.headers["Content-Encoding"] == "br" and first.headers.get("ETag")
    again = requests.get(
        served.url + "/population/_dash-component-suites/dash/dcc/async-graph.js",
        headers={"Accept-Encoding": "br", "If-None-Match": first.headers["ETag"]},
        timeout=10,
    )
    assert again.status_code == 304


def test_a_client_that_takes_no_encoding_gets_the_plain_file(served):
    resp = raw(served, f"/population/_dashfleet-static/{PLOTLY}", "identity")
    assert "Content-Encoding" not in resp.headers
    assert resp.raw_bytes == (STATIC_DIR / PLOTLY).read_bytes()
