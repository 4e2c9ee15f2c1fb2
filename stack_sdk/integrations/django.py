"""Django: ``StackMiddleware`` and the decorators ``requires_auth``, ``requires_permission``, ``requires_api_key``,
for sync and async views.

Configure once in settings (the SDK is created at start-up and shared by every request)::

    STACK_AUTH = {
        "SDK": "myproject.stack.sdk",        # a dotted path to a StackSDK (or the StackSDK itself)
        "ALLOW_ANONYMOUS": False,            # optional
        "ALLOW_RESTRICTED": False,           # optional
        "API_KEY_KIND": "user",              # optional: user / team / any
        "API_KEY_HEADER": None,              # optional: e.g. "x-api-key" (default Authorization: Bearer)
    }
    MIDDLEWARE = [..., "stack_sdk.integrations.django.StackMiddleware"]

The middleware sets ``request.stack_user`` (an :class:`~stack_sdk.AuthenticatedUser` or ``None``) and
``request.stack_auth_error``; it answers 503 itself when the caller cannot be checked. Sync code verifies with
the sync front; async code and every call to Stack run on one background loop (see ``_common.Portal``),
so a cold JWKS fetch never blocks an event loop.

Not covered: ``django.contrib.auth`` integration (``request.user`` stays Django's own), DRF authentication
classes (wrap ``get_stack().authenticate_sync`` in one), templates' CSRF for cookie-borne tokens (the cookie
path is for same-site front ends; protect unsafe methods with Django's CSRF middleware as usual).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any, TypeVar, cast

import django.conf
from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse, JsonResponse

from .._client import StackSDK
from .._verify._api_keys import ApiKeyOwner
from .._verify._errors import RequestRejected, VerifierUnavailable
from .._verify._guard import guard_for
from .._verify._request import AuthenticatedUser
from ._common import Portal, rejection

__all__ = [
    "StackDjango",
    "StackMiddleware",
    "get_stack",
    "requires_api_key",
    "requires_auth",
    "requires_permission",
]

F = TypeVar("F", bound=Callable[..., Any])
_MISSING = object()


def _respond(exc: RequestRejected) -> JsonResponse:
    status, body, headers = rejection(exc)
    response = JsonResponse(body, status=status)
    for k, v in headers.items():
        response[k] = v
    return response


class StackDjango:
    """The configured guard (one per ``STACK_AUTH`` setting); :func:`get_stack` returns it."""

    def __init__(self, config: dict[str, Any]) -> None:
        sdk = config.get("SDK")
        if isinstance(sdk, str):
            module, _, name = sdk.rpartition(".")
            try:
                sdk = getattr(importlib.import_module(module), name)
            except (ImportError, AttributeError, ValueError) as e:
                raise ImproperlyConfigured(
                    f"STACK_AUTH['SDK'] = {config['SDK']!r} cannot be imported: {e}"
                ) from e
        if callable(sdk) and not isinstance(sdk, StackSDK):
            sdk = sdk()
        if not isinstance(sdk, StackSDK):
            raise ImproperlyConfigured("STACK_AUTH['SDK'] must be a StackSDK or a dotted path to one")
        self.sdk = sdk
        self.allow_anonymous = bool(config.get("ALLOW_ANONYMOUS", False))
        self.allow_restricted = bool(config.get("ALLOW_RESTRICTED", False))
        self.api_key_kind = config.get("API_KEY_KIND", "user")
        self.api_key_header = config.get("API_KEY_HEADER")
        self.portal = Portal()
        self.guard = guard_for(sdk)

    def authenticate_sync(self, request: HttpRequest, *, required: bool = True) -> AuthenticatedUser | None:
        return self.guard.authenticate_request_sync(
            self.sdk,
            request,
            allow_anonymous=self.allow_anonymous,
            allow_restricted=self.allow_restricted,
            required=required,
        )

    async def authenticate_async(
        self, request: HttpRequest, *, required: bool = True
    ) -> AuthenticatedUser | None:
        return await self.portal.acall(
            self.guard.authenticate_request(
                self.sdk,
                request,
                allow_anonymous=self.allow_anonymous,
                allow_restricted=self.allow_restricted,
                required=required,
            )
        )

    def user(self, auth: AuthenticatedUser) -> Any:
        """The full Stack user (sync views), fetched once per token."""
        return self.portal.call(auth.user())

    async def auser(self, auth: AuthenticatedUser) -> Any:
        """The full Stack user (async views), fetched once per token."""
        return await self.portal.acall(auth.user())


_stacks: dict[int, tuple[dict[str, Any], StackDjango]] = {}


def get_stack() -> StackDjango:
    """The :class:`StackDjango` of the current ``STACK_AUTH`` setting (built once per setting object)."""
    # django.conf.settings is a lazy object read at call time (a module-level name would make doctest and
    # other introspection touch unconfigured settings)
    config = getattr(django.conf.settings, "STACK_AUTH", None)
    if not isinstance(config, dict):
        raise ImproperlyConfigured("Set STACK_AUTH = {'SDK': 'dotted.path.to.sdk'} in your Django settings")
    entry = _stacks.get(id(config))
    if entry is None or entry[0] is not config:
        entry = _stacks[id(config)] = (config, StackDjango(config))
    return entry[1]


class StackMiddleware:
    """Sets ``request.stack_user`` / ``request.stack_auth_error`` on every request; 503 when it cannot check."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.is_async:
            return self.__acall__(request)
        try:
            _remember(request, get_stack().authenticate_sync(request), None)
        except RequestRejected as e:
            if isinstance(e, VerifierUnavailable):
                return _respond(e)
            _remember(request, None, None if e.code == "token_missing" else e)
        return self.get_response(request)

    async def __acall__(self, request: HttpRequest) -> Any:
        try:
            _remember(request, await get_stack().authenticate_async(request), None)
        except RequestRejected as e:
            if isinstance(e, VerifierUnavailable):
                return _respond(e)
            _remember(request, None, None if e.code == "token_missing" else e)
        return await self.get_response(request)


def _remember(request: HttpRequest, user: AuthenticatedUser | None, error: RequestRejected | None) -> None:
    request.stack_user = user
    request.stack_auth_error = error


def _sync_user(request: HttpRequest) -> AuthenticatedUser:
    known = getattr(request, "stack_user", _MISSING)
    if isinstance(known, AuthenticatedUser):
        return known
    error = getattr(request, "stack_auth_error", None)
    if isinstance(error, RequestRejected):
        raise error
    user = get_stack().authenticate_sync(request)
    assert user is not None
    _remember(request, user, None)
    return user


async def _async_user(request: HttpRequest) -> AuthenticatedUser:
    known = getattr(request, "stack_user", _MISSING)
    if isinstance(known, AuthenticatedUser):
        return known
    error = getattr(request, "stack_auth_error", None)
    if isinstance(error, RequestRejected):
        raise error
    user = await get_stack().authenticate_async(request)
    assert user is not None
    _remember(request, user, None)
    return user


def _guarded(view: F, check_sync: Callable[[HttpRequest, dict[str, Any]], None], check_async: Any) -> F:
    if iscoroutinefunction(view):

        @functools.wraps(view)
        async def async_wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            try:
                await check_async(request, kwargs)
            except RequestRejected as e:
                return _respond(e)
            return cast(HttpResponse, await view(request, *args, **kwargs))

        return cast(F, async_wrapper)

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            check_sync(request, kwargs)
        except RequestRejected as e:
            return _respond(e)
        return cast(HttpResponse, view(request, *args, **kwargs))

    return cast(F, wrapper)


def requires_auth(view: F) -> F:
    """401 unless the request carries a valid access token (``request.stack_user`` is then set).

    >>> @requires_auth
    ... def me(request): ...
    """

    async def check_async(request: HttpRequest, _kwargs: dict[str, Any]) -> None:
        await _async_user(request)

    return _guarded(view, lambda request, _kwargs: None if _sync_user(request) else None, check_async)


def requires_permission(
    permission_id: str, *, team_id: str | None = None, team_id_kwarg: str | None = None
) -> Callable[[F], F]:
    """401 without a valid token; 403 unless the caller holds ``permission_id`` (project-wide, in ``team_id``,
    or in the team named by the URL keyword argument ``team_id_kwarg``).

    >>> @requires_permission("admin")
    ... def admin(request): ...
    """

    def team(kwargs: dict[str, Any]) -> str | None:
        return team_id if team_id_kwarg is None else str(kwargs[team_id_kwarg])

    def check_sync(request: HttpRequest, kwargs: dict[str, Any]) -> None:
        user = _sync_user(request)
        stack = get_stack()
        stack.portal.call(
            stack.guard.require_permission(stack.sdk, user.user_id, permission_id, team_id=team(kwargs))
        )

    async def check_async(request: HttpRequest, kwargs: dict[str, Any]) -> None:
        user = await _async_user(request)
        stack = get_stack()
        await stack.portal.acall(
            stack.guard.require_permission(stack.sdk, user.user_id, permission_id, team_id=team(kwargs))
        )

    return lambda view: _guarded(view, check_sync, check_async)


def requires_api_key(view: F) -> F:
    """401 unless the request presents a valid API key (``request.stack_api_key`` is then an ``ApiKeyOwner``).

    >>> @requires_api_key
    ... def usage(request): ...
    """

    def authenticate(request: HttpRequest) -> Any:
        stack = get_stack()
        return stack.guard.authenticate_api_key(
            stack.sdk, request, kind=stack.api_key_kind, header=stack.api_key_header
        )

    def check_sync(request: HttpRequest, _kwargs: dict[str, Any]) -> None:
        owner: ApiKeyOwner = get_stack().portal.call(authenticate(request))
        request.stack_api_key = owner

    async def check_async(request: HttpRequest, _kwargs: dict[str, Any]) -> None:
        owner: ApiKeyOwner = await get_stack().portal.acall(authenticate(request))
        request.stack_api_key = owner

    return _guarded(view, check_sync, check_async)
