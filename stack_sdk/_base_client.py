"""The one request loop: build → send → classify → retry/sleep → map error → parse.

Every call of every resource goes through :meth:`APIClient.call`, which takes a generated operation by
its id, checks the access type, lets the generated module build the request (``_get_kwargs``), sends it
with retries, raises typed errors from the raw response, and only then lets the generated module parse
the body (``_parse_response``). The happy path is a plain ``await``: retry machinery is touched only
after a failure.
"""

from __future__ import annotations

import importlib
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from types import ModuleType
from typing import Any, Final, NamedTuple, TypeVar

import attrs
import httpx

from ._auth import CallContext, StackAuth, new_nonce, stack_meta
from ._config import ClientConfig
from ._logs import logger
from ._retry import RetryPolicy
from ._tokens import TokenStore, likely_valid_tokens
from ._types import NOT_GIVEN, NotGiven
from .errors import (
    AccessTypeError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CannotDeleteCurrentSession,
    RefreshTokenError,
    error_from_response,
)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
API_PREFIX: Final = "/api/v1"
_BODY_METHODS: Final = frozenset({"POST", "PATCH", "PUT"})


class Operation(NamedTuple):
    """One generated operation (mirrors ``stack_sdk_generated._operations.Operation``)."""

    method: str
    path: str
    access: tuple[str, ...]
    module: str


class _Gate:
    """Admits at most ``limit`` requests into httpx's pool at once (FIFO; per event loop).

    httpcore's pool rescans every queued request whenever a connection frees up, so 1,000 coroutines
    queued on 100 connections cost quadratic time inside httpx; measured over loopback, waiting here
    instead made 1,000 x 5 concurrent calls 1.5-3x faster than plain httpx. The pool timeout applies
    to the wait, as it would inside httpx (``httpx.PoolTimeout``, retried: the request never left).
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        # Keyed by the loop object (weakly): a semaphore must not cross event loops, and an id() could
        # be reused by a later loop.
        self._per_loop: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

    @asynccontextmanager
    async def slot(self, timeout: float | None) -> AsyncIterator[None]:
        if self.limit is None:
            yield
            return
        import asyncio  # deferred: keeps `import stack_sdk` light

        loop = asyncio.get_running_loop()
        sem = self._per_loop.get(loop)
        if sem is None:
            sem = self._per_loop[loop] = asyncio.Semaphore(self.limit)
        if sem.locked():
            try:
                await asyncio.wait_for(sem.acquire(), timeout)
            except asyncio.TimeoutError:
                raise httpx.PoolTimeout(f"no free connection within {timeout} s") from None
        else:
            await sem.acquire()  # free slot: returns at once
        try:
            yield
        finally:
            sem.release()


class _ParseClient:
    """What generated ``_parse_response`` reads from its client: undocumented statuses must raise."""

    raise_on_unexpected_status = True


_PARSE_CLIENT: Final = _ParseClient()


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-view options; ``StackSDK.with_options`` makes a copy with some replaced."""

    timeout: httpx.Timeout
    max_retries: int
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    token_store: TokenStore | None = None


class _Capture:
    """Collects the last raw exchange of a call made under ``with_raw_response``."""

    __slots__ = ("response", "retries_taken", "elapsed")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.retries_taken = 0
        self.elapsed = 0.0


raw_capture: ContextVar[_Capture | None] = ContextVar("stack_sdk_raw_capture", default=None)


def _load_operations() -> Mapping[str, Operation]:
    table = importlib.import_module("stack_sdk_generated._operations")
    ops: Mapping[str, Operation] = table.OPERATIONS
    return ops


class APIClient:
    """Sends requests for one :class:`~stack_sdk.StackSDK` view. Resources call :meth:`call`."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        http: httpx.AsyncClient,
        options: RequestOptions,
        retry: RetryPolicy,
        sleep: Sleep | None = None,
        operations: Mapping[str, Operation] | None = None,
        max_concurrency: int | None = None,
    ) -> None:
        self.config = config
        self.http = http
        self.options = options
        self.retry = retry
        self._sleep = sleep  # None: asyncio.sleep, looked up only when a retry happens
        self._operations = operations
        self._modules: dict[str, ModuleType] = {}
        self._auth = StackAuth()
        self._base_url = config.api_url + API_PREFIX
        self._static_headers = {**config.static_headers(), **options.extra_headers}
        self._gate = _Gate(max_concurrency)

    def copy(self, options: RequestOptions) -> APIClient:
        """A client with other options over the same connection pool, operation table and modules."""
        clone = APIClient(
            config=self.config,
            http=self.http,
            options=options,
            retry=attrs.evolve(self.retry, max_retries=options.max_retries),
            sleep=self._sleep,
            operations=self._operations,
        )
        clone._modules = self._modules
        clone._gate = self._gate  # views share the pool, so they share its admission gate
        return clone

    # -- operations ---------------------------------------------------------------------------------

    def operation(self, op_id: str) -> Operation:
        """Look up a generated operation and check this client's access type may call it."""
        if self._operations is None:
            self._operations = _load_operations()
        try:
            op = self._operations[op_id]
        except KeyError:
            raise AccessTypeError(
                f"Unknown operation {op_id!r}: the generated client does not have it "
                "(regenerate with scripts/regenerate.sh).",
                operation=op_id,
                access_type=self.config.access_type,
                allowed=(),
            ) from None
        if self.config.access_type not in op.access:
            allowed = " or ".join(op.access)
            hint = {
                "server": "pass secret_server_key= (or set STACK_SECRET_SERVER_KEY / HEXCLAVE_SECRET_SERVER_KEY)",
                "admin": "pass super_secret_admin_key= and access_type='admin'",
                "client": "use an SDK with client access",
            }[op.access[0] if op.access else "server"]
            raise AccessTypeError(
                f"{op.method} {op.path} ({op_id}) needs {allowed} access, but this StackSDK uses "
                f"{self.config.access_type} access: {hint}.",
                operation=op_id,
                access_type=self.config.access_type,
                allowed=op.access,
            )
        return op

    def _module(self, op: Operation) -> ModuleType:
        module = self._modules.get(op.module)
        if module is None:
            module = self._modules[op.module] = importlib.import_module(op.module)
        return module

    async def call(
        self,
        op_id: str,
        cast_to: type[T],
        *,
        token_store: TokenStore | None | NotGiven = NOT_GIVEN,
        **params: Any,
    ) -> T:
        """Run one generated operation and return its parsed body, checked to be a ``cast_to``."""
        op = self.operation(op_id)
        module = self._module(op)
        kwargs: dict[str, Any] = module._get_kwargs(**params)
        store = self.options.token_store if isinstance(token_store, NotGiven) else token_store
        response = await self.send(
            kwargs["method"].upper(),
            kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            headers=kwargs.get("headers"),
            token_store=store,
        )
        try:
            parsed = module._parse_response(client=_PARSE_CLIENT, response=response)
        except Exception as exc:  # generated parsers raise KeyError/TypeError/UnexpectedStatus
            # Name the problem, never the body: it may carry tokens or an API key's value.
            raise APIResponseValidationError(
                f"{op_id}: the {response.status_code} response did not match the spec's model "
                f"({_describe_parse_error(exc)}). The API may have changed; regenerate or report it.",
                request=response.request,
                response=response,
            ) from None
        if not isinstance(parsed, cast_to):
            raise APIResponseValidationError(
                f"{op_id}: expected {cast_to.__name__} from a {response.status_code} response, "
                f"got {type(parsed).__name__}.",
                request=response.request,
                response=response,
            )
        return parsed

    # -- the loop -----------------------------------------------------------------------------------

    def _build(
        self,
        method: str,
        url: str,
        *,
        params: Any,
        json: Any,
        data: Any,
        headers: Mapping[str, str] | None,
        token_store: TokenStore | None,
        stack_headers: bool,
        tokens: tuple[str | None, str | None],
    ) -> httpx.Request:
        if stack_headers:
            all_headers = {**self._static_headers, "x-stack-random-nonce": new_nonce()}
        else:
            all_headers = {}
        if headers:
            all_headers.update(headers)
        access, refresh = tokens
        if access:
            all_headers["x-stack-access-token"] = access
        if refresh:
            # Always sent with a token: /auth/password/update keeps only this session (§0 #7).
            all_headers["x-stack-refresh-token"] = refresh
        if json is None and data is None and method in _BODY_METHODS:
            json = {}  # the backend rejects a POST/PATCH/PUT without a JSON body (§2.2)
        extensions: dict[str, Any] = {}
        if token_store is not None:
            extensions["stack"] = CallContext(token_store, self.refresh_access_token, access)
        return self.http.build_request(
            method,
            self._base_url + url,
            params=params,
            json=json,
            data=data,
            headers=all_headers,
            timeout=self.options.timeout,
            extensions=extensions,
        )

    async def send(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        json: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        token_store: TokenStore | None = None,
        stack_headers: bool = True,
        idempotent: bool | None = None,
        gated: bool = True,
    ) -> httpx.Response:
        """Send with retries; return a 2xx response or raise a typed error. ``url`` is under /api/v1."""
        retry_method = method if idempotent is None else ("PUT" if idempotent else "POST")
        retries_taken = 0
        started = time.perf_counter()
        while True:
            tokens: tuple[str | None, str | None] = (None, None)
            if token_store is not None:
                tokens = await likely_valid_tokens(token_store, self.refresh_access_token)
            request = self._build(
                method,
                url,
                params=params,
                json=json,
                data=data,
                headers=headers,
                token_store=token_store,
                stack_headers=stack_headers,
                tokens=tokens,
            )
            attempt_started = time.perf_counter()
            try:
                if gated:
                    async with self._gate.slot(self.options.timeout.pool):
                        response = await self.http.send(request, auth=self._auth)
                else:
                    response = await self.http.send(request, auth=self._auth)
            except httpx.TransportError as exc:
                if retries_taken < self.retry.max_retries and self.retry.retry_on_exception(
                    retry_method, exc
                ):
                    await self._before_retry(request, retries_taken, None, repr(exc))
                    retries_taken += 1
                    continue
                cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                raise cls(
                    f"{method} {url} failed after {retries_taken + 1} attempt(s): {type(exc).__name__}: {exc}",
                    request=request,
                ) from exc
            actual, code = stack_meta(response.headers)
            status = response.status_code if actual is None else actual
            if status >= 400 and retries_taken < self.retry.max_retries:
                if self.retry.retry_on_status(retry_method, status):
                    await self._before_retry(request, retries_taken, response, f"status {status}")
                    retries_taken += 1
                    continue
            if logger.isEnabledFor(10):  # DEBUG; skip formatting on the hot path otherwise
                logger.debug(
                    "%s %s -> %s (attempt %d, request id %s, %.1f ms)",
                    method,
                    request.url.path,
                    status,
                    retries_taken + 1,
                    response.headers.get("x-stack-request-id"),
                    (time.perf_counter() - attempt_started) * 1000,
                )
            capture = raw_capture.get()
            if capture is not None:
                capture.response = response
                capture.retries_taken = retries_taken
                capture.elapsed = time.perf_counter() - started
            if status >= 400 or code is not None:
                raise error_from_response(response, status=status)
            return response

    async def _before_retry(
        self, request: httpx.Request, retries_taken: int, response: httpx.Response | None, why: str
    ) -> None:
        delay = self.retry.wait(retries_taken, response)
        logger.info(
            "%s %s: %s; retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            why,
            retries_taken + 1,
            self.retry.max_retries,
            delay,
        )
        if response is not None:
            await response.aclose()
        if self._sleep is None:
            import asyncio  # deferred: keeps `import stack_sdk` light

            await asyncio.sleep(delay)
        else:
            await self._sleep(delay)

    # -- hand-written operations --------------------------------------------------------------------

    async def oauth_token(self, form: Mapping[str, str]) -> dict[str, Any]:
        """``POST /auth/oauth/token`` (form-encoded; the spec's JSON description is wrong, §5.2)."""
        data = {
            "client_id": self.config.project_id,
            "client_secret": self.config.oauth_client_secret,
            **form,
        }
        response = await self.send(
            "POST",
            "/auth/oauth/token",
            data=data,
            headers={"content-type": "application/x-www-form-urlencoded"},
            idempotent=form.get("grant_type") == "refresh_token",  # refresh does not rotate: safe to resend
            gated=False,  # gated calls may be holding every slot while they wait for this refresh
        )
        try:
            body = response.json()
        except ValueError as exc:
            raise APIResponseValidationError(
                "auth/oauth/token: the response is not JSON", request=response.request, response=response
            ) from exc
        if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
            raise APIResponseValidationError(
                "auth/oauth/token: the response has no access_token",
                request=response.request,
                response=response,
            )
        return body

    async def refresh_access_token(self, refresh_token: str) -> str | None:
        """A new access token, or ``None`` when the refresh token is no longer valid (never on network errors)."""
        try:
            body = await self.oauth_token({"grant_type": "refresh_token", "refresh_token": refresh_token})
        except RefreshTokenError as exc:
            if isinstance(exc, CannotDeleteCurrentSession):  # same family on the wire, not a dead token
                raise
            return None
        except APIStatusError as exc:
            if exc.status == 401:
                return None
            raise
        token: str = body["access_token"]
        return token


def _describe_parse_error(exc: Exception) -> str:
    """A parse failure in words that cannot contain response content."""
    if isinstance(exc, KeyError):
        return (
            f"missing field {exc.args[0]!r}" if exc.args and isinstance(exc.args[0], str) else "missing field"
        )
    if type(exc).__name__ == "UnexpectedStatus":
        return f"undocumented status {getattr(exc, 'status_code', '?')}"
    return f"{type(exc).__name__} while reading the body"
