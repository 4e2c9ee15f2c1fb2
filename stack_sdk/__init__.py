"""stack-sdk: the async, typed Python SDK for Stack Auth (Hexclave).

>>> import stack_sdk
>>> stack_sdk.__version__
'0.1.0'
>>> s = stack_sdk.StackSDK(project_id="my-project", secret_server_key="ssk_...", environ={})
>>> s.access_type
'server'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from ._client import StackSDK
from ._response import RawResponse
from ._tokens import MemoryTokenStore, TokenPair, TokenStore
from ._types import NOT_GIVEN, AccessType, NotGiven
from ._version import __version__
from .pagination import AsyncPaginator, Page

if TYPE_CHECKING:
    from ._verify._api_keys import ApiKeyOwner
    from ._verify._claims import AccessTokenClaims
    from ._verify._request import AuthenticatedUser
    from ._verify._verifier import AccessTokenVerifier

# Verification pulls in `cryptography`: loaded on first touch so `import stack_sdk` stays light.
_LAZY = {
    "AccessTokenClaims": "._verify._claims",
    "AccessTokenVerifier": "._verify._verifier",
    "ApiKeyOwner": "._verify._api_keys",
    "AuthenticatedUser": "._verify._request",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AccessTokenClaims",
    "AccessTokenVerifier",
    "ApiKeyOwner",
    "AuthenticatedUser",
    "NOT_GIVEN",
    "AccessType",
    "AsyncPaginator",
    "MemoryTokenStore",
    "NotGiven",
    "Page",
    "RawResponse",
    "StackSDK",
    "TokenPair",
    "TokenStore",
    "__version__",
    "errors",
]
