"""Why a request was not let in: typed errors with a stable ``code``, grouped by HTTP status class.

::

    StackError
    └─ RequestRejected                 .code, .status, .description (safe to send to the caller)
       ├─ InvalidTokenError  (401)     token_missing, invalid_header, token_malformed, token_expired,
       │                               token_not_yet_valid, invalid_audience, invalid_issuer,
       │                               invalid_signature, unknown_key, algorithm_not_allowed,
       │                               anonymous_not_allowed, restricted_not_allowed
       ├─ InvalidApiKeyError (401)     api_key_missing, api_key_invalid
       ├─ AccessDeniedError  (403)     permission_denied, not_team_member
       └─ VerifierUnavailable (503)    verifier_unavailable: no key set (JWKS unreachable, nothing cached)
                                       or Stack unreachable for a check that needs it

Messages never contain the token or key.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal

from ..errors import StackError

TokenErrorCode = Literal[
    "token_missing",
    "invalid_header",
    "token_malformed",
    "token_expired",
    "token_not_yet_valid",
    "invalid_audience",
    "invalid_issuer",
    "invalid_signature",
    "unknown_key",
    "algorithm_not_allowed",
    "anonymous_not_allowed",
    "restricted_not_allowed",
]
TOKEN_ERROR_CODES: Final[tuple[str, ...]] = TokenErrorCode.__args__  # type: ignore[attr-defined]


class RequestRejected(StackError):
    """A caller was not let in. ``status`` is what to answer, ``code`` / ``description`` what to say.

    >>> e = InvalidTokenError("token_expired", "The access token has expired.")
    >>> (e.status, e.code, str(e))
    (401, 'token_expired', 'token_expired: The access token has expired.')
    """

    status: ClassVar[int] = 401

    def __init__(self, code: str, description: str) -> None:
        super().__init__(code, description)
        self.code = code
        self.description = description

    def __str__(self) -> str:
        return f"{self.code}: {self.description}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status={self.status})"

    def to_dict(self) -> dict[str, str]:
        """The JSON body the integrations answer with: ``{"code": ..., "description": ...}``."""
        return {"code": self.code, "description": self.description}


class InvalidTokenError(RequestRejected):
    """The access token is missing, malformed, forged, expired or not acceptable here (401).

    >>> InvalidTokenError("unknown_key", "No key with this kid.").status
    401
    """

    status: ClassVar[int] = 401


class InvalidApiKeyError(RequestRejected):
    """The API key is missing, unknown, revoked, expired or of the wrong type (401).

    >>> InvalidApiKeyError("api_key_invalid", "The API key is not valid.").code
    'api_key_invalid'
    """

    status: ClassVar[int] = 401


class AccessDeniedError(RequestRejected):
    """The caller is authenticated but lacks a permission or membership (403).

    >>> AccessDeniedError("permission_denied", "Missing permission 'admin'.").status
    403
    """

    status: ClassVar[int] = 403


class VerifierUnavailable(RequestRejected):
    """The caller could not be checked: no key set (JWKS unreachable, nothing cached) or Stack unreachable (503).

    Not the caller's fault: answer 503 and retry later, never 401.

    >>> VerifierUnavailable("verifier_unavailable", "JWKS unreachable.").status
    503
    """

    status: ClassVar[int] = 503
