"""Raw access: the HTTP response, request id and retry count alongside the parsed result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import attrs
import httpx

from ._base_client import _Capture, raw_capture
from .errors import StackError

T = TypeVar("T")


@attrs.frozen
class RawResponse(Generic[T]):
    """What :meth:`StackSDK.with_raw_response` returns: ``parsed`` plus the last HTTP exchange."""

    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)
    retries_taken: int = 0
    elapsed: float = 0.0

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        h = self.http_response.headers
        rid: str | None = h.get("x-stack-request-id") or h.get("x-hexclave-request-id")
        return rid


async def capture_raw(call: Callable[[], Awaitable[T]]) -> RawResponse[T]:
    capture = _Capture()
    token = raw_capture.set(capture)
    try:
        parsed = await call()
    finally:
        raw_capture.reset(token)
    if capture.response is None:
        raise StackError("with_raw_response: the call made no HTTP request")
    return RawResponse(
        parsed=parsed,
        http_response=capture.response,
        retries_taken=capture.retries_taken,
        elapsed=capture.elapsed,
    )
