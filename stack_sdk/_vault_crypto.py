"""Data-vault client-side crypto, byte-compatible with Stack's JS SDK (protocol §2.16).

Stack stores only ``hashed_key(secret, key)`` and ``encrypt_value(...)`` output; the secret never leaves
this process. Key derivation is PBKDF2-SHA256 with 100 000 rounds (slow on purpose), so its result is
cached per (secret, key) in a small in-memory LRU; nothing here is ever logged.

>>> blob = encrypt_value("my-vault-secret", "user-1", "refresh-token-value")
>>> decrypt_value("my-vault-secret", "user-1", blob)
'refresh-token-value'
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from functools import lru_cache
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import DataVaultDecryptionError

VERSION: Final = b"\x01\x00"
SALT_BYTES: Final = 16
IV_BYTES: Final = 12
TAG_BYTES: Final = 16
KEY_ITERATIONS: Final = 100_000
_KEY_HASH_PURPOSE: Final = "stack-data-vault-client-side-encryption-key-hash"
_VALUE_KEY_PURPOSE: Final = "stack-data-vault-client-side-encryption-value-encryption-key-hash"
_VALUE_ENCRYPTION_PURPOSE: Final = "stack-data-vault-client-side-encryption-value-encryption-value-encryption"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _json(items: list[str]) -> bytes:
    # JS JSON.stringify: no spaces, non-ASCII kept as is.
    return json.dumps(items, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _iterated_hash(purpose: str, value: bytes, *, extra: bytes, iterations: int, salt: bytes = b"") -> bytes:
    pbkdf2_salt = _json(["stack-crypto-helper-iterated-hash", purpose, _b64(salt), _b64(extra)])
    return hashlib.pbkdf2_hmac("sha256", value, pbkdf2_salt, iterations, dklen=32)


@lru_cache(maxsize=64)
def _derived_key(secret: str, key: str) -> bytes:
    return _iterated_hash(
        _VALUE_KEY_PURPOSE, key.encode("utf-8"), extra=secret.encode("utf-8"), iterations=KEY_ITERATIONS
    )


def _aes_key(derived: bytes, salt: bytes) -> AESGCM:
    info = _json(
        ["stack-crypto-helper-derived-symmetric-key", _VALUE_ENCRYPTION_PURPOSE, "binary-key", _b64(salt)]
    )
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(derived))


def hashed_key(secret: str, key: str) -> str:
    """The key as Stack stores it: base64 of a hash of the derived key (the plain key is never sent).

    >>> hashed_key("my-vault-secret", "user-1") == hashed_key("my-vault-secret", "user-1")
    True
    """
    derived = _derived_key(secret, key)
    return _b64(_iterated_hash(_KEY_HASH_PURPOSE, derived, extra=secret.encode("utf-8"), iterations=1))


def encrypt_value(
    secret: str, key: str, value: str, *, _salt: bytes | None = None, _iv: bytes | None = None
) -> str:
    """``value`` encrypted for ``key`` with ``secret``: base64 of ``01 00 ‖ salt ‖ iv ‖ AES-GCM ciphertext``.

    A fresh random salt and iv each call (``_salt``/``_iv`` exist for test vectors only).

    >>> encrypt_value("s", "k", "v") != encrypt_value("s", "k", "v")
    True
    """
    salt = os.urandom(SALT_BYTES) if _salt is None else _salt
    iv = os.urandom(IV_BYTES) if _iv is None else _iv
    if len(salt) != SALT_BYTES or len(iv) != IV_BYTES:
        raise ValueError(f"salt must be {SALT_BYTES} bytes and iv {IV_BYTES} bytes")
    ciphertext = _aes_key(_derived_key(secret, key), salt).encrypt(iv, value.encode("utf-8"), None)
    return _b64(VERSION + salt + iv + ciphertext)


def decrypt_value(secret: str, key: str, encrypted_value: str) -> str:
    """The plain value; :class:`~stack_sdk.errors.DataVaultDecryptionError` for a wrong secret or a bad blob.

    >>> decrypt_value("wrong-secret", "user-1", encrypt_value("my-vault-secret", "user-1", "x"))
    Traceback (most recent call last):
    stack_sdk.errors.DataVaultDecryptionError: Could not decrypt the data-vault entry: wrong secret (or key), or the stored data was modified.
    """
    try:
        blob = base64.b64decode(encrypted_value, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise DataVaultDecryptionError(
            "The data-vault value is not valid base64: it was not written by this SDK."
        ) from None
    if len(blob) < len(VERSION) + SALT_BYTES + IV_BYTES + TAG_BYTES:
        raise DataVaultDecryptionError(
            f"The data-vault value is too short ({len(blob)} bytes) to be encrypted data."
        )
    if blob[:2] != VERSION:
        raise DataVaultDecryptionError(
            f"Unsupported data-vault value format version {blob[:2].hex()} (expected 0100): "
            "written by a newer SDK? Upgrade stack-sdk."
        )
    salt = blob[2 : 2 + SALT_BYTES]
    iv = blob[2 + SALT_BYTES : 2 + SALT_BYTES + IV_BYTES]
    ciphertext = blob[2 + SALT_BYTES + IV_BYTES :]
    try:
        plain = _aes_key(_derived_key(secret, key), salt).decrypt(iv, ciphertext, None)
        return plain.decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        raise DataVaultDecryptionError(
            "Could not decrypt the data-vault entry: wrong secret (or key), or the stored data was modified."
        ) from None
