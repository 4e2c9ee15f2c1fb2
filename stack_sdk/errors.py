"""Provisional error module (the full generated known-error tree replaces it shortly).

Defines the names the request loop raises; see the full module for the complete hierarchy.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx


class StackError(Exception):
    """Root of every error stack-sdk raises."""


class ConfigurationError(StackError, ValueError):
    """Missing or malformed configuration."""


class AccessTypeError(StackError):
    """An operation was called with an access type that may not call it."""

    def __init__(self, message: str, *, operation: str, access_type: str, allowed: tuple[str, ...]) -> None:
        super().__init__(message)
        self.operation = operation
        self.access_type = access_type
        self.allowed = allowed


class APIError(StackError):
    def __init__(
        self, message: str, *, request: httpx.Request | None = None, response: httpx.Response | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.response = response
        self.request_id: str | None = None


class APIConnectionError(APIError):
    pass


class APITimeoutError(APIConnectionError):
    pass


class APIResponseValidationError(APIError):
    pass


class APIStatusError(APIError):
    status: int = 0


class KnownError(APIStatusError):
    code: str = ""
    details: dict[str, Any] | None = None
    registry: ClassVar[dict[str, type[KnownError]]] = {}

    def __init_subclass__(cls) -> None:
        KnownError.registry[cls.code] = cls


class InvalidAccessToken(KnownError):
    code = "INVALID_ACCESS_TOKEN"


class AccessTokenExpired(InvalidAccessToken):
    code = "ACCESS_TOKEN_EXPIRED"


class UserNotFound(KnownError):
    code = "USER_NOT_FOUND"


class CannotGetOwnUserWithoutUser(KnownError):
    code = "CANNOT_GET_OWN_USER_WITHOUT_USER"


def error_from_response(response: httpx.Response, *, status: int | None = None) -> APIStatusError:
    code = response.headers.get("x-stack-known-error") or response.headers.get("x-hexclave-known-error")
    st = status or response.status_code
    if code:
        body = response.json()
        cls = KnownError.registry.get(code, KnownError)
        e = cls(body.get("error", ""), request=response.request, response=response)
        e.code = code
        e.status = st
        e.details = body.get("details")
        e.request_id = response.headers.get("x-stack-request-id")
        return e
    e2 = APIStatusError(response.text, request=response.request, response=response)
    e2.status = st
    return e2
