"""Argument checks shared by every resource namespace and auth flow.

Each helper returns the value unchanged (typed) or raises ``TypeError`` (wrong kind of value) or
``ValueError`` (right kind, unusable value) naming the argument and the fix, before any request is sent.
Secrets (API keys, passwords, TOTP secrets) and codes are never echoed in messages.

>>> require_id("user_id", "3f1c")
'3f1c'
>>> require_id("user_id", "")
Traceback (most recent call last):
ValueError: user_id must be a non-empty string, got ''
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Literal, TypeVar, cast
from urllib.parse import urlsplit

from .._types import NotGiven

CustomerType = Literal["user", "team", "custom"]
_CUSTOMER_TYPES: frozenset[str] = frozenset({"user", "team", "custom"})
N = TypeVar("N", bound=NotGiven)


# -- ids and strings -----------------------------------------------------------------------------------


def require_id(name: str, value: object) -> str:
    """An id (or ``"me"``): a string that is not empty or blank.

    >>> require_id("team_id", None)
    Traceback (most recent call last):
    ValueError: team_id must be a non-empty string, got None
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def optional_id(name: str, value: object) -> str | None:
    """An id, or ``None`` for "not given".

    >>> optional_id("team_id", None) is None
    True
    """
    return None if value is None else require_id(name, value)


def require_str(name: str, value: object) -> str:
    """Any string, the empty one included (descriptions, free text).

    >>> require_str("description", 5)
    Traceback (most recent call last):
    TypeError: description must be a string, got int
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    return value


def optional_str(name: str, value: object) -> str | None:
    """A string, or ``None`` (which the backend stores as null).

    >>> optional_str("display_name", 3)
    Traceback (most recent call last):
    TypeError: display_name must be a string or None (None sets it to null), got int
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a string or None (None sets it to null), got {type(value).__name__}")
    return value


def non_empty_str(name: str, value: object, *, strip: bool = True) -> str:
    """A string with content (non-blank when ``strip``, non-empty otherwise).

    >>> non_empty_str("email", " ")
    Traceback (most recent call last):
    ValueError: email must be a non-empty string
    """
    text = require_str(name, value)
    if not (text.strip() if strip else text):
        raise ValueError(f"{name} must be a non-empty string")
    return text


def verification_code(name: str, value: object, *, source: str = "the e-mail link") -> str:
    """A code copied from a link: non-empty and without whitespace (a space means a copy/paste slip).

    ``None`` is a missing code (``request.query_params.get("code")``): ``ValueError`` like an empty one;
    any other non-string is a ``TypeError``.

    >>> verification_code("code", " abc", source="the invitation link")
    Traceback (most recent call last):
    ValueError: code must be the non-empty code from the invitation link, without whitespace (copy it exactly as received)
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a string (the code from {source}), got {type(value).__name__}")
    if not value or any(c.isspace() for c in value):
        raise ValueError(
            f"{name} must be the non-empty code from {source}, without whitespace (copy it exactly as received)"
        )
    return value


def absolute_url(name: str, value: object) -> str:
    """An absolute URL with a scheme, e.g. ``https://app.example.com/handler/x``.

    >>> absolute_url("callback_url", "/handler/x")
    Traceback (most recent call last):
    ValueError: callback_url must be an absolute URL like 'https://app.example.com/handler', got '/handler/x'
    """
    parts = urlsplit(value) if isinstance(value, str) and "://" in value else None
    if parts is None or not parts.scheme or not (parts.netloc or parts.path):
        raise ValueError(
            f"{name} must be an absolute URL like 'https://app.example.com/handler', got {value!r}"
        )
    return cast(str, value)


def email_address(name: str, value: object) -> str:
    """Something that looks like an e-mail address (the backend does the real check).

    >>> email_address("email", "bob")
    Traceback (most recent call last):
    ValueError: email must be an e-mail address, got 'bob'
    """
    if not isinstance(value, str) or "@" not in value:
        raise ValueError(f"{name} must be an e-mail address, got {value!r}")
    return value


def id_list(name: str, value: object) -> list[str]:
    """A list or tuple of non-empty id strings (a bare string would be split into letters).

    >>> id_list("contained_permission_ids", "read")
    Traceback (most recent call last):
    TypeError: contained_permission_ids must be a list of ids (non-empty strings), got 'read'
    """
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) and v for v in value):
        return [str(v) for v in value]
    raise TypeError(f"{name} must be a list of ids (non-empty strings), got {value!r}")


# -- secrets: never echoed --------------------------------------------------------------------------------


def credential(name: str, value: object) -> str:
    """A secret string (an API key, a password): non-empty; the message shows only its type.

    >>> credential("api_key", None)
    Traceback (most recent call last):
    ValueError: api_key must be a non-empty string (the full key), got a NoneType
    """
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string (the full key), got a {type(value).__name__}")
    return value


def optional_secret(name: str, value: object) -> str | None:
    """A non-empty secret string or ``None``; the message never shows the value.

    >>> optional_secret("password", "")
    Traceback (most recent call last):
    TypeError: password must be a non-empty string or None (value not shown: it is a secret)
    """
    if value is not None and (not isinstance(value, str) or not value):
        raise TypeError(f"{name} must be a non-empty string or None (value not shown: it is a secret)")
    return value


def base64_secret(name: str, value: object) -> str | None:
    """Standard base64 of raw secret bytes (a TOTP secret), or ``None``; the value is never shown.

    >>> base64_secret("totp_secret_base64", None) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, str) and value:
        try:
            base64.b64decode(value, validate=True)
            return value
        except (binascii.Error, ValueError):
            pass
    raise ValueError(
        f"{name} must be standard base64 of the raw secret bytes, e.g. "
        "base64.b64encode(secret).decode(), or None to turn TOTP off (value not shown: it is a secret)"
    )


# -- flags, numbers, JSON ------------------------------------------------------------------------------


def require_bool(name: str, value: object) -> bool:
    """``True`` or ``False`` only: a string ``"false"`` is truthy, so nothing is guessed.

    >>> require_bool("enabled", "false")
    Traceback (most recent call last):
    TypeError: enabled must be True or False, got 'false'
    """
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, got {value!r}")
    return value


def optional_bool(name: str, value: bool | N) -> bool | N:
    """``True``, ``False`` or ``NOT_GIVEN`` (left out of the request).

    >>> from stack_sdk._types import NOT_GIVEN
    >>> optional_bool("is_primary", NOT_GIVEN) is NOT_GIVEN
    True
    """
    if isinstance(value, NotGiven):
        return value
    return require_bool(name, value)


def positive_int(name: str, value: object) -> int:
    """An ``int`` > 0 (``True`` is not a number here).

    >>> positive_int("quantity", 0)
    Traceback (most recent call last):
    ValueError: quantity must be a positive integer, got 0
    """
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return value


def json_value(name: str, value: object) -> object:
    """Any JSON value (object, array, string, number, bool, null), e.g. metadata.

    >>> json_value("client_metadata", {"plan": "pro"})
    {'plan': 'pro'}
    >>> json_value("client_metadata", float("nan"))
    Traceback (most recent call last):
    ValueError: client_metadata must be a JSON value: Out of range float values are not JSON compliant...
    """
    try:
        json.dumps(value, allow_nan=False)
    except TypeError as exc:
        raise TypeError(
            f"{name} must be a JSON value (dict, list, str, int, float, bool or None): {exc}"
        ) from None
    except ValueError as exc:  # NaN / Infinity: not JSON
        raise ValueError(f"{name} must be a JSON value: {exc}") from None
    return value


def customer_type(value: object) -> CustomerType:
    """A payments customer type: ``"user"``, ``"team"`` or ``"custom"``.

    >>> customer_type("users")
    Traceback (most recent call last):
    ValueError: customer_type must be 'user', 'team' or 'custom', got 'users'
    """
    if value not in _CUSTOMER_TYPES:
        raise ValueError(f"customer_type must be 'user', 'team' or 'custom', got {value!r}")
    return cast(CustomerType, value)
