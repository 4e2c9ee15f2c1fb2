"""Svix signature scheme (what Stack's webhooks use): HMAC-SHA256 over ``{id}.{timestamp}.{body}``.

Hand-written rather than delegated to ``standardwebhooks``/``svix``: those read only ``webhook-*`` headers
(standardwebhooks) or pull in a whole API client (svix), fix the clock to ``datetime.now`` and raise one
untyped error; this needs ~60 lines of stdlib and gives an injectable clock and one error class per cause.
The suite cross-checks the signatures against ``standardwebhooks`` so the scheme cannot drift.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..errors import ConfigurationError
from ._errors import WebhookHeaderError, WebhookPayloadError, WebhookSignatureError, WebhookTimestampError

DEFAULT_TOLERANCE = 300.0  # seconds; Svix's and Standard Webhooks' window
SECRET_PREFIX = "whsec_"

HeadersLike = Mapping[str, str] | Iterable[tuple[str, str]]


def secret_bytes(secret: str | bytes) -> bytes:
    """The HMAC key of a ``whsec_...`` secret (base64 after the prefix); bytes are taken as the key itself."""
    if isinstance(secret, bytes):
        key = secret
    elif isinstance(secret, str):
        text = secret.strip().removeprefix(SECRET_PREFIX)
        try:
            key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        except (binascii.Error, ValueError):
            # the secret itself never goes into the message
            raise ConfigurationError(
                "Webhook secret is not a Svix secret: expected 'whsec_' followed by base64 (copy it from the "
                "Stack dashboard's webhook endpoint page).",
                setting="secret",
            ) from None
    else:
        raise ConfigurationError(
            f"Webhook secret must be a str ('whsec_...') or bytes, got {type(secret).__name__}",
            setting="secret",
        )
    if not key:
        raise ConfigurationError(
            "Webhook secret is empty: pass the endpoint's 'whsec_...' secret.", setting="secret"
        )
    return key


def _body_bytes(payload: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, (bytes, bytearray)) or (isinstance(payload, memoryview) and payload.itemsize == 1):
        return bytes(payload)
    raise TypeError(f"payload must be the raw request body (bytes or str), got {type(payload).__name__}")


def sign(payload: bytes | str, secret: str | bytes, *, message_id: str, timestamp: int) -> str:
    """The ``svix-signature`` value for one delivery: ``v1,<base64 HMAC-SHA256>``.

    >>> sign(b'{"type":"user.created"}', "whsec_c2VjcmV0", message_id="msg_1", timestamp=1700000000)
    'v1,37FTR1zESijgqc6nCHFwPgyfm6oXEYvS8IcqaKh5iK0='
    """
    to_sign = f"{message_id}.{int(timestamp)}.".encode() + _body_bytes(payload)
    digest = hmac.new(secret_bytes(secret), to_sign, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def _lower_headers(headers: HeadersLike) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {str(k).lower(): str(v) for k, v in items}


def _header(headers: dict[str, str], name: str) -> str:
    # Stack delivers through Svix (svix-*); Standard Webhooks senders use webhook-* with the same scheme.
    value = headers.get(f"svix-{name}") or headers.get(f"webhook-{name}")
    if not value:
        raise WebhookHeaderError(
            f"missing svix-{name} header: not a Svix webhook delivery (or a proxy dropped the header)",
            header=f"svix-{name}",
        )
    return value


def check(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    clock: Callable[[], float] = time.time,
) -> tuple[str, int, bytes]:
    """Verify and return ``(message_id, timestamp, body)``; see :func:`stack_sdk.webhooks.verify`."""
    key = secret_bytes(secret)
    body = _body_bytes(payload)
    lowered = _lower_headers(headers)
    message_id = _header(lowered, "id")
    raw_timestamp = _header(lowered, "timestamp")
    raw_signatures = _header(lowered, "signature")
    try:
        timestamp = int(raw_timestamp)
    except ValueError:
        raise WebhookHeaderError(
            f"svix-timestamp must be Unix seconds, got {raw_timestamp[:40]!r}", header="svix-timestamp"
        ) from None
    now = float(clock())
    if timestamp < now - tolerance:
        raise WebhookTimestampError(
            f"webhook timestamp is {now - timestamp:.0f} s old, more than the {tolerance:.0f} s tolerance "
            "(a replay, or this server's clock is wrong)",
            reason="too_old",
            timestamp=timestamp,
            now=now,
            tolerance=tolerance,
        )
    if timestamp > now + tolerance:
        raise WebhookTimestampError(
            f"webhook timestamp is {timestamp - now:.0f} s in the future, more than the {tolerance:.0f} s "
            "tolerance (a forgery, or this server's clock is wrong)",
            reason="too_new",
            timestamp=timestamp,
            now=now,
            tolerance=tolerance,
        )
    expected = hmac.new(key, f"{message_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    expected_b64 = base64.b64encode(expected)
    # Several signatures (space separated) appear while a secret is being rotated; any v1 match passes.
    for candidate in raw_signatures.split():
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value.encode("ascii", "replace"), expected_b64):
            return message_id, timestamp, body
    raise WebhookSignatureError(
        "no v1 signature in svix-signature matches this body: wrong endpoint secret, or the body was "
        "changed after signing (verify the raw bytes, before any JSON parsing)"
    )


def load_json(body: bytes) -> dict[str, Any]:
    """The signed body as a JSON object with a string ``type``."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise WebhookPayloadError("webhook body is not JSON", path="$") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"webhook body must be a JSON object, got {type(data).__name__}", path="$")
    if not isinstance(data.get("type"), str):
        raise WebhookPayloadError("webhook body has no string 'type'", path="type")
    return data
