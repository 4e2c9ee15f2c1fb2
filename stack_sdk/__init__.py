"""stack-sdk: the async, typed Python SDK for Stack Auth (Hexclave).

>>> import stack_sdk
>>> stack_sdk.__version__
'0.1.0'
>>> s = stack_sdk.StackSDK(project_id="my-project", secret_server_key="ssk_...", environ={})
>>> s.access_type
'server'
"""

from __future__ import annotations

from . import errors
from ._client import StackSDK
from ._response import RawResponse
from ._tokens import MemoryTokenStore, TokenPair, TokenStore
from ._types import NOT_GIVEN, AccessType, NotGiven
from ._version import __version__
from .pagination import AsyncPaginator, Page

__all__ = [
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
