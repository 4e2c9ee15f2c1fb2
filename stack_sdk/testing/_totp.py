"""RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits) over the raw secret bytes, as Stack's MFA uses it."""

from __future__ import annotations

import hashlib
import hmac
import struct


def totp(secret: bytes, at: float, *, step: int = 30, digits: int = 6) -> str:
    """The code for time ``at`` (epoch seconds).

    >>> totp(b"12345678901234567890", 59, digits=8)  # RFC 6238 test vector
    '94287082'
    """
    counter = int(at // step)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def verify_totp(secret: bytes, code: str, at: float, *, window: int = 1) -> bool:
    """Whether ``code`` is valid at ``at``, allowing ``window`` steps of clock drift either way."""
    return any(hmac.compare_digest(totp(secret, at + d * 30), code) for d in range(-window, window + 1))
