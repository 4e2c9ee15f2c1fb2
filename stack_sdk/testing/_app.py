"""The Starlette app: request recording, faults, body parsing, auth, dispatch, error and header rules.

Order per request (mirrors the real backend where it is observable):
route match (unknown → plain 404) → record → faults → auth headers (known errors) → body parsing
(BODY_PARSING_ERROR / "body must be defined") → handler → ``x-stack-override-error-status`` (4xx → 200 +
``x-stack-actual-status``) → response headers in both families (``x-stack-*`` and ``x-hexclave-*``).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import string
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route as StarletteRoute

from ._auth import authenticate
from ._core import Core
from ._errors import KnownError, StatusError, not_found_text
from ._faults import Faults
from ._http import MISSING, Ctx, router

API_PREFIX = "/api/v1"
_SECRET_HEADERS = (
    "secret-server-key",
    "super-secret-admin-key",
    "access-token",
    "refresh-token",
    "publishable-client-key",
)
_SECRET_BODY_KEYS = {
    "password",
    "old_password",
    "new_password",
    "refresh_token",
    "client_secret",
    "code_verifier",
    "api_key",
    "totp",
    "code",
    "totp_secret_base64",
    "encrypted_value",
    "anon_refresh_token",
}
_REQUEST_ID_ALPHABET = string.ascii_lowercase + string.digits


class ConnectionDropped(Exception):
    """Raised through the in-process transport when a ``drop_*`` fault fires (``phase``: before / after)."""

    def __init__(self, phase: str) -> None:
        super().__init__(f"connection dropped {phase} processing")
        self.phase = phase


@dataclass
class RecordedRequest:
    """One request the fake received. Secret headers and body fields are redacted."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    template: str | None
    status: int | None = None
    faults: list[str] = field(default_factory=list)


def _redact_headers(headers: dict[str, str]) -> dict[str, str]:
    secret = {f"{fam}-{name}" for fam in ("x-stack", "x-hexclave") for name in _SECRET_HEADERS} | {
        "authorization"
    }
    return {k: ("<redacted>" if k in secret and v else v) for k, v in headers.items()}


def _redact_body(body: Any) -> Any:
    if isinstance(body, dict):
        return {k: ("<redacted>" if k in _SECRET_BODY_KEYS else v) for k, v in body.items()}
    return body


def json_response(status: int, value: Any, *, cache: str = "no-store, max-age=0") -> Response:
    return Response(
        json.dumps(value).encode(),
        status_code=status,
        headers={"content-type": "application/json; charset=utf-8", "cache-control": cache},
    )


def text_response(status: int, text: str) -> Response:
    return Response(
        text.encode(),
        status_code=status,
        headers={"content-type": "text/plain; charset=utf-8", "cache-control": "no-store, max-age=0"},
    )


def _known_response(err: KnownError) -> Response:
    r = json_response(err.status, err.body())
    r.headers["x-stack-known-error"] = err.code
    r.headers["x-hexclave-known-error"] = err.code
    return r


def _parse_body(request: Request, raw: bytes) -> Any:
    """The body as the backend sees it; raises BODY_PARSING_ERROR like the real one."""
    ctype = request.headers.get("content-type")
    if ctype is None:
        return MISSING
    media = ctype.split(";")[0].strip().lower()
    if media == "application/json":
        try:
            return json.loads(raw.decode() if raw else "")
        except (ValueError, UnicodeDecodeError):
            raise KnownError("BODY_PARSING_ERROR", 400, "Invalid JSON in request body") from None
    if media == "application/x-www-form-urlencoded":
        return dict(urllib.parse.parse_qsl(raw.decode(errors="replace"), keep_blank_values=True))
    if media in ("text/plain", "application/octet-stream"):
        return raw.decode(errors="replace") if raw else MISSING
    raise KnownError("BODY_PARSING_ERROR", 400, f"Unknown content type in request body: {media}")


class _DropMiddleware:
    """Turns a ``drop_*`` fault into a broken connection instead of a response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: list[Any] = []

        async def hold(message: Any) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        phase = scope.get("stack_fake.drop")
        if phase is None:
            for message in held:
                await send(message)
            return
        if not scope.get("stack_fake.inprocess"):
            # under uvicorn: start a response and die mid-body, so the client sees a broken connection
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]}
            )
            await send({"type": "http.response.body", "body": b"", "more_body": True})
        raise ConnectionDropped(phase)


class Dispatcher:
    def __init__(self, core: Core, faults: Faults, requests: list[RecordedRequest]) -> None:
        self.core = core
        self.faults = faults
        self.requests = requests

    async def handle(self, request: Request) -> Response:
        path = request.url.path
        raw = await request.body()
        rel = path[len(API_PREFIX) :] if path == API_PREFIX or path.startswith(API_PREFIX + "/") else None
        matched = router.match(request.method, rel or "/") if rel is not None else None
        template = API_PREFIX + matched[0].template if matched else None
        try:
            logged_body: Any = _redact_body(json.loads(raw)) if raw else None
        except ValueError:
            logged_body = raw.decode(errors="replace")
        entry = RecordedRequest(
            request.method,
            path,
            dict(request.query_params),
            _redact_headers(dict(request.headers)),
            logged_body,
            template,
        )
        self.requests.append(entry)

        drop_after = False
        response: Response | None = None
        for fault in self.faults.take(request.method, path, template):
            entry.faults.append(fault.kind)
            if fault.kind == "drop_before":
                request.scope["stack_fake.drop"] = "before"
                return text_response(500, "dropped")
            if fault.kind == "drop_after":
                drop_after = True
            elif fault.kind == "latency":
                await asyncio.sleep(fault.seconds)
            elif response is None and fault.kind == "status":
                response = text_response(fault.status, f"Injected fault: HTTP {fault.status}")
            elif response is None and fault.kind == "rate_limit":
                response = json_response(
                    429,
                    {"message": "Artificial development rate limit triggered (injected by FakeStackServer)."},
                )
                if fault.retry_after is not None:
                    ra = fault.retry_after
                    response.headers["retry-after"] = str(int(ra) if float(ra).is_integer() else ra)
        if response is None:
            response = await self._process(request, raw, matched)

        status = response.status_code
        if 400 <= status < 500 and self._header(request, "override-error-status") is not None:
            response.status_code = 200
            response.headers["x-stack-actual-status"] = str(status)
            response.headers["x-hexclave-actual-status"] = str(status)
        request_id = "".join(secrets.choice(_REQUEST_ID_ALPHABET) for _ in range(16))
        response.headers["x-stack-request-id"] = request_id
        response.headers["x-hexclave-request-id"] = request_id
        entry.status = status
        if drop_after:
            request.scope["stack_fake.drop"] = "after"
        return response

    @staticmethod
    def _header(request: Request, name: str) -> str | None:
        value = request.headers.get(f"x-stack-{name}")
        return value if value is not None else request.headers.get(f"x-hexclave-{name}")

    async def _process(self, request: Request, raw: bytes, matched: Any) -> Response:
        if matched is None:
            if request.url.path in (API_PREFIX, API_PREFIX + "/") and request.method == "GET":
                return text_response(
                    200,
                    "Welcome to the Stack API endpoint! Please refer to the documentation at "
                    "https://docs.stack-auth.com.\n\nAuthentication: None",
                )
            return self._error(not_found_text(str(request.url)))
        route, params = matched
        ctx = Ctx(self.core, request, params, MISSING)
        try:
            if route.access is not None:
                auth = authenticate(self.core, ctx.header, route.access)
                ctx.access, ctx.user, ctx.session_id = auth.access_type, auth.user, auth.session_id
            ctx.body = _parse_body(request, raw)
            if route.needs_body and ctx.body is MISSING:
                raise ctx.schema("body must be defined")
            result = await route.handler(ctx)
        except (KnownError, StatusError) as err:
            return self._error(err)
        if isinstance(result, Response):
            return result
        if isinstance(result, tuple):
            return json_response(result[0], result[1])
        return json_response(200, result)

    @staticmethod
    def _error(err: KnownError | StatusError) -> Response:
        if isinstance(err, KnownError):
            return _known_response(err)
        return text_response(err.status, err.message)


def build_app(core: Core, faults: Faults, requests: list[RecordedRequest]) -> Starlette:
    """The fake's ASGI app (every path; Stack's routes live under ``/api/v1``)."""
    from . import _routes  # noqa: F401  (registers every handler on the router)

    dispatcher = Dispatcher(core, faults, requests)
    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    return Starlette(
        routes=[StarletteRoute("/{path:path}", dispatcher.handle, methods=methods)],
        middleware=[Middleware(_DropMiddleware)],
    )
