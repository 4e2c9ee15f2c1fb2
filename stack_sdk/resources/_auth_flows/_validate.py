"""Argument checks shared by the auth flows: clear ``TypeError``/``ValueError`` before any request."""

from __future__ import annotations

from urllib.parse import urlsplit


def check_text(name: str, value: object, *, strip: bool = True) -> str:
    """``value`` must be a non-empty string (non-blank when ``strip``).

    >>> check_text("email", "")
    Traceback (most recent call last):
    ValueError: email must be a non-empty string
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not (value.strip() if strip else value):
        raise ValueError(f"{name} must be a non-empty string")
    return value


def check_code(name: str, value: object) -> str:
    """A verification code: a non-empty string without whitespace (codes come from e-mail links)."""
    text = check_text(name, value)
    if any(c.isspace() for c in text):
        raise ValueError(f"{name} must not contain whitespace (copy the code exactly as received)")
    return text


def check_url(name: str, value: object) -> str:
    """An absolute URL with a scheme and host, e.g. ``https://app.example.com/handler/x``.

    >>> check_url("callback_url", "/handler/x")
    Traceback (most recent call last):
    ValueError: callback_url must be an absolute URL like 'https://app.example.com/handler', got '/handler/x'
    """
    text = check_text(name, value)
    parts = urlsplit(text)
    if not parts.scheme or "://" not in text or not (parts.netloc or parts.path):
        raise ValueError(
            f"{name} must be an absolute URL like 'https://app.example.com/handler', got {text!r}"
        )
    return text
