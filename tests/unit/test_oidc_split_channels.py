"""The OpenID Connect client's split channels (landing/oidc.py): back-channel endpoints at the
internal address, front-channel ones at the issuer's, through Authlib's public client (no private
cache marker): mapped whenever the metadata is read, the same after any number of reads."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from flask import Flask

from landing import oidc

ISSUER = "https://id.example.org"


def metadata(internal: str) -> dict:
    # As oidc-provider writes it when asked at the internal address: every endpoint there.
    return {
        "issuer": ISSUER,
        "authorization_endpoint": f"{internal}/auth",
        "end_session_endpoint": f"{internal}/session/end",
        "token_endpoint": f"{internal}/token",
        "jwks_uri": f"{internal}/jwks",
        "userinfo_endpoint": f"{internal}/me",
    }


@pytest.fixture
def provider():
    """A discovery document on a loopback port, and how many times it was fetched."""
    fetched = []

    class Discovery(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            fetched.append(self.path)
            body = json.dumps(metadata(f"http://127.0.0.1:{self.server.server_port}")).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Discovery)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", fetched
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_each_read_of_the_metadata_splits_the_channels_the_same_way(provider, monkeypatch):
    internal, fetched = provider
    for name, value in {
        "DASHFLEET_OIDC_ISSUER": ISSUER,
        "DASHFLEET_OIDC_INTERNAL_URL": internal,
        "DASHFLEET_OIDC_CLIENT_ID": "dashfleet",
        "DASHFLEET_OIDC_CLIENT_SECRET": "s",
        "DASHFLEET_SECRET_KEY": "k" * 40,
    }.items():
        monkeypatch.setenv(name, value)
    app = Flask(__name__)
    oidc.configure(app)
    client = oidc.client(app)
    # Only the provider's own keys: Authlib may keep markers of its own beside them.
    reads = [{k: v for k, v in client.load_server_metadata().items() if k in metadata("")} for _ in range(3)]
    assert fetched == ["/.well-known/openid-configuration"]  # Authlib fetched it once
    assert (
        reads[0]
        == reads[1]
        == reads[2]
        == {
            "issuer": ISSUER,
            "authorization_endpoint": f"{ISSUER}/auth",  # the browser goes to the public address
            "end_session_endpoint": f"{ISSUER}/session/end",
            "token_endpoint": f"{internal}/token",  # the landing calls the internal one
            "jwks_uri": f"{internal}/jwks",
            "userinfo_endpoint": f"{internal}/me",
        }
    )


def test_the_mapping_compares_origins_not_prefixes():
    # http://a:80 is a prefix of http://a:8080 as text: only the same origin moves.
    data = {"issuer": "http://a:80", "token_endpoint": "http://a:8080/token", "jwks_uri": "http://a:80/jwks"}
    assert oidc.split_channels(dict(data), "http://inside:9") == {
        **data,
        "jwks_uri": "http://inside:9/jwks",
    }
    assert oidc.split_channels(dict(data), "") == data  # no internal address: as published
