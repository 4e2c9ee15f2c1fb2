"""The ``stack_sdk`` logger and header redaction; ``STACK_LOG=debug|info`` turns console output on."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import Final

logger: Final = logging.getLogger("stack_sdk")

SENSITIVE_HEADERS: Final = frozenset(
    {
        "x-stack-secret-server-key",
        "x-stack-super-secret-admin-key",
        "x-stack-publishable-client-key",
        "x-stack-access-token",
        "x-stack-refresh-token",
        "x-stack-auth",
        "x-hexclave-secret-server-key",
        "x-hexclave-super-secret-admin-key",
        "x-hexclave-access-token",
        "x-hexclave-refresh-token",
        "authorization",
        "cookie",
        "set-cookie",
    }
)

_configured = False


def setup_from_env() -> None:
    """Attach a console handler once if ``STACK_LOG`` / ``HEXCLAVE_LOG`` asks for it."""
    global _configured
    if _configured:
        return
    _configured = True
    level = (os.environ.get("HEXCLAVE_LOG") or os.environ.get("STACK_LOG") or "").strip().upper()
    if level in ("DEBUG", "INFO"):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Copy of ``headers`` with every credential replaced by ``<redacted>``.

    >>> redact_headers({"x-stack-access-token": "eyJ...", "x-stack-project-id": "p"})
    {'x-stack-access-token': '<redacted>', 'x-stack-project-id': 'p'}
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in items}
