"""Route table and per-request context for the fake's handlers (path matching, body/query validation).

Handlers are ``async def handler(ctx: Ctx) -> Any`` registered with :func:`route`; they return a JSON-able
value (or a ``(status, value)`` tuple, or a Starlette ``Response``) and raise
:class:`~stack_sdk.testing._errors.KnownError` / ``StatusError`` for errors.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ._core import Core
from ._errors import known, schema_error
from ._state import User

ANY = ("client", "server", "admin")
SERVER = ("server", "admin")
ADMIN = ("admin",)
MISSING: Any = object()
EMAIL_RE = re.compile(r"^[^.]+(\.[^.]+)*@.*\.[^.][^.]+$")
_UUID_PARAMS = {"user_id", "team_id", "api_key_id", "contact_channel_id"}

Handler = Callable[["Ctx"], Awaitable[Any]]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    access: tuple[str, ...] | None  # None: the route reads no x-stack auth headers
    needs_body: bool
    regex: re.Pattern[str]


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(
        self, method: str, template: str, handler: Handler, access: tuple[str, ...] | None, needs_body: bool
    ) -> None:
        pattern = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$"
        self.routes.append(Route(method, template, handler, access, needs_body, re.compile(pattern)))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        # literal routes (/users/me) win over parameterised ones (/users/{user_id})
        candidates = [(r, m) for r in self.routes if r.method == method and (m := r.regex.match(path))]
        if not candidates:
            return None
        route, m = min(candidates, key=lambda rm: rm[0].template.count("{"))
        return route, m.groupdict()


router = Router()


def route(
    method: str, template: str, *, access: tuple[str, ...] | None = ANY, body: bool | None = None
) -> Callable[[Handler], Handler]:
    """Register a handler. ``body`` defaults to True for POST/PATCH/PUT ("body must be defined")."""

    def deco(fn: Handler) -> Handler:
        needs_body = method in ("POST", "PATCH", "PUT") if body is None else body
        router.add(method, template, fn, access, needs_body)
        return fn

    return deco


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36


class Ctx:
    """What a handler sees: the project, the authenticated caller, params, query and body."""

    def __init__(self, core: Core, request: Request, params: dict[str, str], body: Any) -> None:
        self.core = core
        self.state = core.state
        self.request = request
        self.method = request.method
        self.url_path = request.url.path
        self.base = f"{request.url.scheme}://{request.url.netloc}"
        self.params = params
        self.query = dict(request.query_params)
        self.body = body
        self.access: str | None = None
        self.user: User | None = None
        self.session_id: str | None = None

    # --- headers / caller ----------------------------------------------------------------------------

    def header(self, name: str) -> str | None:
        """``x-stack-<name>`` or its ``x-hexclave-<name>`` twin (both families are accepted, §0.5)."""
        h = self.request.headers
        value = h.get(f"x-stack-{name}")
        return value if value is not None else h.get(f"x-hexclave-{name}")

    @property
    def server(self) -> bool:
        return self.access in ("server", "admin")

    def schema(self, *problems: str) -> Exception:
        return schema_error(self.method, self.url_path, *problems)

    def require_user(self) -> User:
        if self.user is None:
            raise known("USER_AUTHENTICATION_REQUIRED")
        return self.user

    def user_ref(self, value: str, *, where: str = "params.user_id") -> User:
        """Resolve a ``user_id`` (``me`` = the caller); clients may only name themselves."""
        if value == "me":
            if self.user is None:
                raise known("CANNOT_GET_OWN_USER_WITHOUT_USER")
            return self.user
        if not is_uuid(value):
            raise self.schema(f"{where} must be a valid UUID")
        if not self.server:
            if self.user is None:
                raise known("CANNOT_GET_OWN_USER_WITHOUT_USER")
            if self.user.id != value:
                raise known(
                    "INSUFFICIENT_ACCESS_TYPE",
                    {"actual_access_type": "client", "allowed_access_types": ["server", "admin"]},
                    allowed="'server' or 'admin'",
                    actual="client",
                )
        user = self.state.users.get(value)
        if user is None:
            raise known("USER_NOT_FOUND")
        return user

    # --- query ---------------------------------------------------------------------------------------

    def q(self, name: str) -> str | None:
        return self.query.get(name)

    def q_bool(self, name: str, default: bool | None = None) -> bool | None:
        value = self.query.get(name)
        if value is None:
            return default
        if value not in ("true", "false"):
            raise self.schema(f"query.{name} must be one of the following values: true, false")
        return value == "true"

    def q_required(self, name: str) -> str:
        value = self.query.get(name)
        if value is None:
            raise self.schema(f"query.{name} must be defined")
        return value

    # --- body ----------------------------------------------------------------------------------------

    def obj(self) -> dict[str, Any]:
        if self.body is MISSING or self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise self.schema(
                "body must be a `object` type, but the final value was: " + json.dumps(self.body)
            )
        return self.body

    def has(self, name: str) -> bool:
        return name in self.obj()

    def no_unknown(self, allowed: set[str]) -> None:
        extra = [k for k in self.obj() if k not in allowed]
        if extra:
            raise self.schema("body contains unknown properties: " + ", ".join(extra))

    def b(
        self,
        name: str,
        kind: type | tuple[type, ...],
        *,
        required: bool = False,
        nullable: bool = False,
        max_len: int | None = None,
    ) -> Any:
        body = self.obj()
        if name not in body:
            if required:
                raise self.schema(f"body.{name} must be defined")
            return None
        value = body[name]
        if value is None:
            if nullable or not required:
                return None
            raise self.schema(f"body.{name} must be defined")
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            raise self.schema(f"body.{name} must be a `{kinds[0].__name__}` type")
        if not isinstance(value, kinds):
            names = {
                str: "string",
                bool: "boolean",
                int: "number",
                float: "number",
                dict: "object",
                list: "array",
            }
            raise self.schema(f"body.{name} must be a `{names.get(kinds[0], kinds[0].__name__)}` type")
        if max_len is not None and isinstance(value, str) and len(value) > max_len:
            raise self.schema(f"body.{name} must be at most {max_len} characters")
        return value

    def b_email(self, name: str, *, required: bool = True) -> str | None:
        value: str | None = self.b(name, str, required=required)
        if value is not None and not EMAIL_RE.match(value):
            raise self.schema(
                f"body.{name} must be a valid email",
                f'body.{name} must match the following: "/^[^.]+(\\.[^.]+)*@.*\\.[^.][^.]+$/"',
            )
        return value
