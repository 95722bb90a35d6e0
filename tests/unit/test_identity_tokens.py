"""The identity the gateway vouches for: signed by the landing for one dashboard, verified with a
key that cannot sign; anything else reads as nobody."""

from __future__ import annotations

import time

import pytest

from dashfleet import identity

SECRET = "identity-test-secret-" + "x" * 32
PUBLIC = identity.public_key_text(SECRET)


def token(board="population", secret=SECRET, now=None):
    return identity.sign(identity.signing_key(secret), board, "ada", ["finance"], "ada@example.org", now=now)


def test_a_signed_identity_reads_back_for_its_dashboard():
    assert identity.verify(PUBLIC, token(), "population") == identity.Identity(
        "ada", ("finance",), "ada@example.org"
    )


@pytest.mark.parametrize(
    "forged",
    [
        pytest.param(lambda: token(board="simple"), id="another-dashboards"),
        pytest.param(lambda: token(secret="another-secret-" + "y" * 32), id="another-key"),
        pytest.param(lambda: token(now=time.time() - identity.LIFETIME - 1), id="expired"),
        pytest.param(lambda: token()[:-4] + "AAAA", id="tampered-signature"),
        pytest.param(lambda: "e30." + token().split(".")[1], id="other-claims-same-signature"),
        pytest.param(lambda: "admin", id="a-name"),
        pytest.param(lambda: "", id="empty"),
        pytest.param(lambda: "a.b.c", id="three-parts"),
        pytest.param(lambda: "!!!.???", id="not-base64"),
    ],
)
def test_anything_else_reads_as_nobody(forged):
    assert identity.verify(PUBLIC, forged(), "population") is None


def test_the_public_key_cannot_be_used_to_sign():
    # What every dashboard holds is 32 bytes of an Ed25519 public key: nothing to derive a signer from.
    assert len(identity._unb64(PUBLIC)) == 32
    assert identity._b64(identity.signing_key(SECRET).private_bytes_raw()) != PUBLIC
