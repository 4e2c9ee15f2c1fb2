"""Data-vault crypto (protocol §2.16) against vectors computed independently with WebCrypto.

The vectors below came from a throwaway Node v20 script (not committed) that re-implemented §2.16 from
its text with ``globalThis.crypto.subtle`` only: PBKDF2-SHA256 (``importKey("raw", value, "PBKDF2")`` +
``deriveBits``, salt = ``JSON.stringify(["stack-crypto-helper-iterated-hash", purpose, b64(salt),
b64(utf8(secret))])``, 100 000 rounds for the derived key, 1 round for the hashed key), HKDF-SHA256
(``deriveKey`` to AES-GCM-256, info = ``JSON.stringify(["stack-crypto-helper-derived-symmetric-key",
"stack-data-vault-client-side-encryption-value-encryption-value-encryption", "binary-key", b64(salt)])``)
and ``subtle.encrypt({name: "AES-GCM", iv})``, then ``01 00 ‖ salt ‖ iv ‖ ciphertext+tag`` in base64,
with salt = bytes 00..0f and iv = bytes a0..ab.
"""

from __future__ import annotations

import base64

import pytest

from stack_sdk import _vault_crypto
from stack_sdk._vault_crypto import decrypt_value, encrypt_value, hashed_key
from stack_sdk.errors import DataVaultDecryptionError, StackError

SALT = bytes(range(16))
IV = bytes(range(0xA0, 0xAC))
VECTORS = [
    (
        "vault-secret-1",
        "user-123",
        "hello world",
        "qjoUZc5D+lmPjLUYVQvSu75FEzXdet2MctUnRo4PV54=",
        "AQAAAQIDBAUGBwgJCgsMDQ4PoKGio6SlpqeoqaqrJEzI/CPXVbOscZlwiLn+6+mBvCASs9v6JOqE",
    ),
    (
        "sécret-ünïcode-🔑",
        "clé/ключ",
        "值: naïve ☃ — 🚀",
        "sd/1JwMGeBUE4YGbQFoEbLiBwxvfV1yIYYyj3X7Jjf0=",
        "AQAAAQIDBAUGBwgJCgsMDQ4PoKGio6Slpqeoqaqrt2u22R5Okfn6I4jEfcecNtIW8V+CstDQrU8uqRfOehxgrvg3ZN+PAQ==",
    ),
]


@pytest.mark.parametrize(
    ("secret", "key", "value", "expected_hash", "expected_blob"), VECTORS, ids=["ascii", "unicode"]
)
def test_matches_webcrypto_vectors(
    secret: str, key: str, value: str, expected_hash: str, expected_blob: str
) -> None:
    assert hashed_key(secret, key) == expected_hash
    assert encrypt_value(secret, key, value, _salt=SALT, _iv=IV) == expected_blob
    assert decrypt_value(secret, key, expected_blob) == value


def test_round_trip_with_random_salt_and_iv() -> None:
    a = encrypt_value("s3cret", "k", "")
    b = encrypt_value("s3cret", "k", "")
    assert a != b  # fresh salt and iv each time
    assert decrypt_value("s3cret", "k", a) == decrypt_value("s3cret", "k", b) == ""
    long_value = "x" * 100_000
    assert decrypt_value("s3cret", "k", encrypt_value("s3cret", "k", long_value)) == long_value


def test_hashed_key_depends_on_secret_and_key() -> None:
    base = hashed_key("secret-a", "key-1")
    assert base != hashed_key("secret-b", "key-1")
    assert base != hashed_key("secret-a", "key-2")
    assert len(base64.b64decode(base)) == 32


@pytest.mark.parametrize(("secret", "key"), [("wrong-secret", "user-123"), ("vault-secret-1", "user-124")])
def test_wrong_secret_or_key_is_a_typed_error(secret: str, key: str) -> None:
    blob = VECTORS[0][4]
    with pytest.raises(DataVaultDecryptionError, match="wrong secret") as caught:
        decrypt_value(secret, key, blob)
    assert isinstance(caught.value, StackError)
    assert secret not in str(caught.value)


def _tampered(blob: str, index: int, new_byte: int) -> str:
    raw = bytearray(base64.b64decode(blob))
    raw[index] = new_byte
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize(
    ("blob", "match"),
    [
        (_tampered(VECTORS[0][4], 0, 2), "version 0200"),
        (_tampered(VECTORS[0][4], 1, 1), "version 0101"),
        (_tampered(VECTORS[0][4], 35, 0xFF), "wrong secret"),  # ciphertext byte flipped: tag fails
        (_tampered(VECTORS[0][4], 5, 0xFF), "wrong secret"),  # salt changed: other key
        (VECTORS[0][4][:40], "too short"),
        ("not base64 at all!", "not valid base64"),
        ("", "too short"),
    ],
    ids=["version-2", "minor-version", "ciphertext", "salt", "truncated", "garbage", "empty"],
)
def test_corrupted_values_are_typed_errors(blob: str, match: str) -> None:
    with pytest.raises(DataVaultDecryptionError, match=match):
        decrypt_value("vault-secret-1", "user-123", blob)


def test_bad_salt_or_iv_length_rejected() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        encrypt_value("s", "k", "v", _salt=b"short", _iv=IV)
    with pytest.raises(ValueError, match="12 bytes"):
        encrypt_value("s", "k", "v", _salt=SALT, _iv=b"\x00" * 16)


def test_key_derivation_is_cached_and_bounded() -> None:
    _vault_crypto._derived_key.cache_clear()
    hashed_key("cache-secret", "cache-key")
    encrypt_value("cache-secret", "cache-key", "v")
    info = _vault_crypto._derived_key.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # the 100 000-round PBKDF2 ran once
    assert info.maxsize is not None and info.maxsize <= 256
