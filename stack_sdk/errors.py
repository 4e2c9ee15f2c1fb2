"""Every exception stack-sdk raises, in one tree rooted at :class:`StackError`.

::

    StackError
    ├─ ConfigurationError (also a ValueError)    bad or missing settings; names the argument / env var
    ├─ AccessTypeError                           operation not allowed for this access type (no request sent)
    ├─ UserNotSignedIn, OAuthError               SDK-local, never on the wire
    ├─ DataVaultDecryptionError                  wrong data-vault secret or corrupted value
    ├─ RequestRejected                           a caller turned away by the back-end guards: .code, .status
    │  ├─ InvalidTokenError 401, InvalidApiKeyError 401, AccessDeniedError 403
    │  └─ VerifierUnavailable 503                nothing to check the caller with (JWKS / Stack unreachable)
    └─ APIError                                  .message, .request, .request_id
       ├─ APIConnectionError ─ APITimeoutError   transport failures (raised ``from`` the httpx error)
       ├─ APIResponseValidationError             a 2xx body that does not match the model
       └─ APIStatusError                         .status (effective), .response, .body
          ├─ BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
          │  ConflictError 409, UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
          │  (plain-text errors: no ``x-stack-known-error``)
          └─ KnownError                          .code, .message, .details
             └─ one class per Stack error code, with Stack's own inheritance, e.g.
                InvalidAccessToken ─ AccessTokenExpired / UnparsableAccessToken / InvalidProjectForAccessToken

The known-error classes are generated from ``openapi/known-errors.tsv`` into ``_known_errors.py`` and
re-exported here, so ``from stack_sdk.errors import AccessTokenExpired`` works.

>>> from stack_sdk.errors import AccessTokenExpired, InvalidAccessToken
>>> try:
...     raise AccessTokenExpired("Access token has expired.", request_id="abc123")
... except InvalidAccessToken as exc:
...     print(exc)
ACCESS_TOKEN_EXPIRED (401): Access token has expired. [request id abc123]
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import httpx

from ._logs import logger

MAX_MESSAGE_CHARS = 500  # a plain-text body can be a whole HTML page; keep messages readable


class StackError(Exception):
    """Root of every error stack-sdk raises: ``except StackError`` catches them all.

    >>> issubclass(APITimeoutError, StackError) and issubclass(ConfigurationError, StackError)
    True
    """


class ConfigurationError(StackError, ValueError):
    """Missing or malformed configuration; the message names the setting (argument / env var) and the fix.

    >>> raise ConfigurationError("No Stack project id: pass project_id=... or set STACK_PROJECT_ID.")
    Traceback (most recent call last):
    stack_sdk.errors.ConfigurationError: No Stack project id: pass project_id=... or set STACK_PROJECT_ID.
    """

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.setting = setting


class AccessTypeError(StackError):
    """An operation was called with an access type that may not call it (raised before any request).

    >>> e = AccessTypeError("users_list needs server access", operation="users_list",
    ...                     access_type="client", allowed=("server", "admin"))
    >>> e.allowed
    ('server', 'admin')
    """

    def __init__(self, message: str, *, operation: str, access_type: str, allowed: tuple[str, ...]) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation
        self.access_type = access_type
        self.allowed = tuple(allowed)


class UserNotSignedIn(StackError):
    """A call needs a signed-in user, but this SDK view has no user tokens (never sent by the server).

    >>> str(UserNotSignedIn())
    'No user is signed in: sign in first or use s.as_user(tokens).'
    """

    def __init__(
        self, message: str = "No user is signed in: sign in first or use s.as_user(tokens)."
    ) -> None:
        super().__init__(message)
        self.message = message


class OAuthError(StackError):
    """An OAuth flow failed on the client side: ``error`` is the OAuth error code, e.g. ``access_denied``.

    ``code`` is the same value (for symmetry with :class:`KnownError`).

    >>> e = OAuthError("missing_code", "The callback URL has no 'code' query parameter.")
    >>> (e.error, e.code, str(e))
    ('missing_code', 'missing_code', "missing_code: The callback URL has no 'code' query parameter.")
    """

    def __init__(self, error: str, description: str = "") -> None:
        super().__init__(error, description)
        self.error = error
        self.code = error
        self.description = description

    def __str__(self) -> str:
        return f"{self.error}: {self.description}" if self.description else self.error


class DataVaultDecryptionError(StackError):
    """A data-vault value could not be decrypted: wrong secret, or the stored value is corrupted.

    >>> raise DataVaultDecryptionError("wrong secret")
    Traceback (most recent call last):
    stack_sdk.errors.DataVaultDecryptionError: wrong secret
    """


def _request_id(headers: httpx.Headers) -> str | None:
    rid: str | None = headers.get("x-stack-request-id") or headers.get("x-hexclave-request-id")
    return rid


def _suffix(request_id: str | None) -> str:
    return f" [request id {request_id}]" if request_id else ""


class APIError(StackError):
    """Something went wrong talking to Stack. ``request`` is kept, but its headers are never formatted.

    >>> str(APIError("Stack did not answer", request_id="abc123"))
    'Stack did not answer [request id abc123]'
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.response = response
        if request_id is None and response is not None:
            request_id = _request_id(response.headers)
        self.request_id = request_id

    def __str__(self) -> str:
        return self.message + _suffix(self.request_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, request_id={self.request_id!r})"


class APIConnectionError(APIError):
    """The request never got an answer (DNS, refused connection, TLS, dropped connection)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body does not match the model; the message names the operation and the problem.

    >>> str(APIResponseValidationError("users_get: expected User, got list"))
    'users_get: expected User, got list'
    """


class APIStatusError(APIError):
    """Stack answered with an error status. ``status`` is the effective one (``x-stack-actual-status``).

    Plain-text errors (no known-error code) use the subclass for their status, e.g. :class:`NotFoundError`;
    ``code`` is ``None`` for them and the message is the body text.

    >>> e = PermissionDeniedError("Client team creation is disabled for this project")
    >>> (e.status, e.code, str(e))
    (403, None, 'HTTP 403: Client team creation is disabled for this project')
    """

    status: int = 0  # 0 = not known (only when constructed by hand without a status)
    code: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        request_id: str | None = None,
        body: str | None = None,
    ) -> None:
        super().__init__(message, request=request, response=response, request_id=request_id)
        if status is not None:
            self.status = status
        elif response is not None and type(self).status == 0:
            self.status = response.status_code
        self.body = body

    def _label(self) -> str:
        return f"HTTP {self.status}" if self.status else "HTTP error"

    def __str__(self) -> str:
        return f"{self._label()}: {self.message}{_suffix(self.request_id)}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, status={self.status}, request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """HTTP 400 without a known-error code."""

    status = 400


class AuthenticationError(APIStatusError):
    """HTTP 401 without a known-error code."""

    status = 401


class PermissionDeniedError(APIStatusError):
    """HTTP 403 without a known-error code."""

    status = 403


class NotFoundError(APIStatusError):
    """HTTP 404 without a known-error code (e.g. an unknown route)."""

    status = 404


class ConflictError(APIStatusError):
    """HTTP 409 without a known-error code."""

    status = 409


class UnprocessableEntityError(APIStatusError):
    """HTTP 422 without a known-error code."""

    status = 422


class RateLimitError(APIStatusError):
    """HTTP 429 (Stack sends JSON ``{"message": ...}`` without a known-error code)."""

    status = 429


class InternalServerError(APIStatusError):
    """HTTP 5xx without a known-error code."""

    status = 500


_STATUS_CLASSES: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The :class:`APIStatusError` subclass for a plain (non-known) error with this status.

    >>> status_error_class(404).__name__, status_error_class(503).__name__, status_error_class(418).__name__
    ('NotFoundError', 'InternalServerError', 'APIStatusError')
    """
    if status >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status, APIStatusError)


class KnownError(APIStatusError):
    """A Stack "known error": ``code`` (e.g. ``ACCESS_TOKEN_EXPIRED``), ``message``, ``details``, ``status``.

    Each wire code has its own subclass (see ``_known_errors.py``), arranged in Stack's inheritance tree,
    so ``except InvalidAccessToken`` catches ``ACCESS_TOKEN_EXPIRED``. A code this SDK does not know yet
    gives a plain ``KnownError`` that still carries the code. Subclasses can be built directly, e.g. to
    fake errors in your own tests.

    >>> e = KnownError.class_for("USER_NOT_FOUND")("User not found.", request_id="abc123")
    >>> type(e).__name__, e.code, e.status, e.details
    ('UserNotFound', 'USER_NOT_FOUND', 404, {})
    >>> e
    UserNotFound(code='USER_NOT_FOUND', status=404, request_id='abc123')
    >>> KnownError("A newer error.", code="BRAND_NEW_ERROR", status=418).code
    'BRAND_NEW_ERROR'
    """

    code: str = ""  # an instance may override it (unknown codes), hence not a ClassVar
    abstract: ClassVar[bool] = False  # abstract parents are never sent, only caught
    detail_keys: ClassVar[tuple[str, ...]] = ()  # keys the backend puts in ``details``
    _registry: ClassVar[dict[str, type[KnownError]]] = {}
    registry: ClassVar[Mapping[str, type[KnownError]]] = MappingProxyType(_registry)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.abstract = bool(cls.__dict__.get("abstract", False))  # not inherited: children are concrete
        code = cls.__dict__.get("code")
        if not code:
            return  # a user's subclass of an existing class (no code of its own) is not registered
        other = KnownError._registry.get(code)
        if other is not None:
            raise TypeError(f"Known-error code {code} is already taken by {other.__qualname__}")
        KnownError._registry[code] = cls

    def __init__(
        self,
        message: str = "",
        *,
        details: Mapping[str, Any] | None = None,
        code: str | None = None,
        status: int | None = None,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        request_id: str | None = None,
        body: str | None = None,
    ) -> None:
        super().__init__(
            message, status=status, request=request, response=response, request_id=request_id, body=body
        )
        if code is not None:
            self.code = code
        self.details: dict[str, Any] = dict(details) if details else {}

    @classmethod
    def class_for(cls, code: str) -> type[KnownError]:
        """The class for a wire code; ``KnownError`` itself for a code this SDK does not know.

        >>> KnownError.class_for("ACCESS_TOKEN_EXPIRED").__name__, KnownError.class_for("NOPE").__name__
        ('AccessTokenExpired', 'KnownError')
        """
        return KnownError._registry.get(code, KnownError)

    def _label(self) -> str:
        code = self.code or "UNKNOWN_ERROR"
        return f"{code} ({self.status})" if self.status else code


def _read_body(response: httpx.Response) -> tuple[str, Any]:
    """(text, parsed JSON or None); never raises, whatever the body is."""
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError, LookupError):
        return "", None
    if not text.strip():
        return text, None
    try:
        return text, json.loads(text)
    except ValueError:  # JSONDecodeError is a ValueError
        return text, None


def _truncate(text: str) -> str:
    text = text.strip()
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    return text[:MAX_MESSAGE_CHARS] + f"… ({len(text)} characters)"


def _header(response: httpx.Response, name: str) -> str | None:
    # Old backends send only x-stack-*, new ones send both families (protocol §0.5).
    value: str | None = response.headers.get(f"x-stack-{name}") or response.headers.get(f"x-hexclave-{name}")
    return value


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def error_from_response(response: httpx.Response, *, status: int | None = None) -> APIStatusError:
    """The exception for an error response (the one mapper; protocol §2.4). Returns it, does not raise.

    ``status`` overrides the effective status (else ``x-stack-actual-status``, else the HTTP status).

    >>> r = httpx.Response(200, json={"code": "USER_NOT_FOUND", "error": "User not found."},
    ...                    headers={"x-stack-known-error": "USER_NOT_FOUND", "x-stack-actual-status": "404"})
    >>> error_from_response(r)
    UserNotFound(code='USER_NOT_FOUND', status=404, request_id=None)
    >>> str(error_from_response(httpx.Response(403, text="Client team creation is disabled for this project")))
    'HTTP 403: Client team creation is disabled for this project'
    """
    if status is None:
        actual = _header(response, "actual-status")
        status = int(actual) if actual is not None and actual.strip().isdigit() else response.status_code
    request_id = _request_id(response.headers)
    request = _request_of(response)
    text, data = _read_body(response)
    body: Mapping[str, Any] = data if isinstance(data, dict) else {}
    message = next((v for k in ("error", "message") if isinstance(v := body.get(k), str)), None)
    common: dict[str, Any] = {
        "status": status,
        "request": request,
        "response": response,
        "request_id": request_id,
        "body": text,
    }

    code = _header(response, "known-error")
    if code:
        code = code.strip()
        body_code = body.get("code")
        if body_code is not None and body_code != code:
            # JS asserts here; the header is what the backend sets from the thrown class, so trust it.
            logger.warning(
                "Known-error header %s disagrees with body code %r (request id %s); using the header",
                code,
                body_code,
                request_id,
            )
        cls = KnownError.class_for(code)
        if cls is KnownError:
            logger.warning("Unknown Stack error code %s (request id %s); update stack-sdk", code, request_id)
        raw_details = body.get("details")
        details = raw_details if isinstance(raw_details, dict) else None
        if message is None:
            message = _truncate(text) if data is None and text.strip() else "(no message)"
        return cls(message, code=code, details=details, **common)

    if message is None:
        message = _truncate(text) if text.strip() else "(empty response body)"
    return status_error_class(status)(message, **common)


# The generated known-error classes import KnownError from this module, so they come last.
from . import _known_errors  # noqa: E402
from ._known_errors import *  # noqa: E402, F403

# Rejections of a caller by the back-end guards (stack_sdk/_verify); they import StackError from here.
from ._verify._errors import (  # noqa: E402
    AccessDeniedError,
    InvalidApiKeyError,
    InvalidTokenError,
    RequestRejected,
    VerifierUnavailable,
)

__all__ = [
    "AccessDeniedError",
    "InvalidApiKeyError",
    "InvalidTokenError",
    "RequestRejected",
    "VerifierUnavailable",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AccessTypeError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DataVaultDecryptionError",
    "InternalServerError",
    "KnownError",
    "NotFoundError",
    "OAuthError",
    "PermissionDeniedError",
    "RateLimitError",
    "StackError",
    "UnprocessableEntityError",
    "UserNotSignedIn",
    "error_from_response",
    "status_error_class",
]
__all__ += _known_errors.__all__
