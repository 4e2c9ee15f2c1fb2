"""``StackSDK``: configuration, the connection pool, options views, and the resource namespaces.

From here a call reads top to bottom: ``StackSDK.users`` (a namespace, imported on first touch) →
``resources/users.py`` (declares the operation) → ``_base_client.APIClient.call`` (the one request loop)
→ ``_auth.StackAuth`` (user tokens, refresh + replay) → httpx.
"""

from __future__ import annotations

import http.cookiejar
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from ._base_client import APIClient, Operation, RequestOptions, Sleep
from ._config import ClientConfig
from ._logs import setup_from_env
from ._response import RawResponse, capture_raw
from ._retry import RetryPolicy
from ._tokens import TokenStore, TokenStoreInit, resolve_token_store
from ._types import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN, AccessType, NotGiven
from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._verify._api_keys import ApiKeyKind, ApiKeyOwner
    from ._verify._claims import AccessTokenClaims
    from ._verify._request import AuthenticatedUser, AuthMode
    from ._verify._verifier import AccessTokenVerifier
    from .resources.api_keys import ApiKeys
    from .resources.auth import Auth
    from .resources.connected_accounts import ConnectedAccounts
    from .resources.contact_channels import ContactChannels
    from .resources.data_vault import DataVault
    from .resources.emails import Emails
    from .resources.notifications import Notifications
    from .resources.oauth_providers import OAuthProviders
    from .resources.payments import Payments
    from .resources.permissions import Permissions
    from .resources.projects import Projects
    from .resources.sessions import Sessions
    from .resources.team_invitations import TeamInvitations
    from .resources.team_member_profiles import TeamMemberProfiles
    from .resources.team_memberships import TeamMemberships
    from .resources.teams import Teams
    from .resources.users import Users

T = TypeVar("T")
P = ParamSpec("P")


def _no_cookies() -> httpx.Cookies:
    # Stack's SDKs omit credentials: never let a Set-Cookie leak into later requests.
    jar = http.cookiejar.CookieJar(policy=http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    return httpx.Cookies(jar)


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, (int, float)) and value > 0:
        return httpx.Timeout(float(value), connect=min(5.0, float(value)))
    raise ConfigurationError(
        f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}"
    )


def _max_retries(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {value!r}")
    return value


class StackSDK:
    """The async Stack Auth (Hexclave) SDK.

    Settings come from the arguments, else from ``HEXCLAVE_*`` / ``STACK_*`` environment variables. The access
    type (``client``, ``server``, ``admin``) is inferred from the keys present unless given.

    >>> import asyncio
    >>> async def main():
    ...     async with StackSDK(project_id="p", secret_server_key="ssk") as s:
    ...         return s.access_type
    >>> asyncio.run(main())
    'server'
    """

    def __init__(
        self,
        project_id: str | None = None,
        *,
        publishable_client_key: str | None = None,
        secret_server_key: str | None = None,
        super_secret_admin_key: str | None = None,
        base_url: str | None = None,
        branch_id: str | None = None,
        access_type: AccessType | None = None,
        token_store: TokenStoreInit | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits = DEFAULT_LIMITS,
        extra_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        sleep: Sleep | None = None,
        environ: Mapping[str, str] | None = None,
        _operations: Mapping[str, Operation] | None = None,
    ) -> None:
        setup_from_env()
        config = ClientConfig.resolve(
            project_id=project_id,
            publishable_client_key=publishable_client_key,
            secret_server_key=secret_server_key,
            super_secret_admin_key=super_secret_admin_key,
            api_url=base_url,
            branch_id=branch_id,
            access_type=access_type,
            allow_insecure_http=allow_insecure_http,
            environ=environ,
        )
        if isinstance(token_store, NotGiven):
            # A client app is one user's app: keep its tokens. A server app serves many users: no default store.
            token_store = "memory" if config.access_type == "client" else None
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        self._owns_http = http_client is None
        http = http_client or httpx.AsyncClient(limits=limits, cookies=_no_cookies(), follow_redirects=False)
        options = RequestOptions(
            timeout=_timeout(timeout),
            max_retries=_max_retries(max_retries),
            extra_headers=dict(extra_headers or {}),
            token_store=resolve_token_store(token_store, config.project_id),
        )
        self._api = APIClient(
            config=config,
            http=http,
            options=options,
            retry=RetryPolicy(max_retries=options.max_retries),
            sleep=sleep,
            operations=_operations,
            # Our own pool: admit only as many requests as it has connections (see _base_client._Gate).
            max_concurrency=limits.max_connections if self._owns_http else None,
        )
        self._is_view = False

    @classmethod
    def _view(cls, api: APIClient) -> StackSDK:
        view = cls.__new__(cls)
        view._api = api
        view._owns_http = False
        view._is_view = True
        return view

    def __repr__(self) -> str:
        c = self._api.config
        return f"StackSDK(project_id={c.project_id!r}, access_type={c.access_type!r}, base_url={c.api_url!r})"

    @property
    def project_id(self) -> str:
        return self._api.config.project_id

    @property
    def access_type(self) -> AccessType:
        return self._api.config.access_type

    @property
    def base_url(self) -> str:
        return self._api.config.api_url

    @property
    def token_store(self) -> TokenStore | None:
        """The token store user-authenticated calls of this SDK (or view) use by default."""
        return self._api.options.token_store

    # -- lifecycle ----------------------------------------------------------------------------------

    async def __aenter__(self) -> StackSDK:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a no-op for views and for a caller-provided ``http_client``)."""
        if self._owns_http and not self._is_view:
            await self._api.http.aclose()

    # -- views --------------------------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        token_store: TokenStoreInit | NotGiven = NOT_GIVEN,
    ) -> StackSDK:
        """A view of this SDK with other options, sharing its connection pool.

        >>> s = StackSDK(project_id="p", secret_server_key="ssk")
        >>> fast = s.with_options(timeout=2.0, max_retries=0)
        >>> fast.project_id
        'p'
        """
        o = self._api.options
        options = RequestOptions(
            timeout=o.timeout if isinstance(timeout, NotGiven) else _timeout(timeout),
            max_retries=o.max_retries if isinstance(max_retries, NotGiven) else _max_retries(max_retries),
            extra_headers={
                **o.extra_headers,
                **({} if isinstance(extra_headers, NotGiven) else extra_headers),
            },
            token_store=o.token_store
            if isinstance(token_store, NotGiven)
            else resolve_token_store(token_store, self.project_id),
        )
        return self._view(self._api.copy(options))

    def as_user(self, tokens: TokenStoreInit) -> StackSDK:
        """A view that acts for one user: ``tokens`` is a TokenPair, a dict, a TokenStore or a request.

        >>> s = StackSDK(project_id="p", secret_server_key="ssk")
        >>> me = s.as_user({"access_token": "eyJ...", "refresh_token": "rt"})
        >>> me.token_store is not None
        True
        """
        if tokens is None:
            raise ConfigurationError("as_user() needs tokens (a TokenPair, dict, TokenStore or request)")
        return self.with_options(token_store=tokens)

    async def with_raw_response(
        self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """Call ``fn(*args, **kwargs)`` and return its result with the last HTTP response.

        >>> import asyncio, httpx
        >>> from stack_sdk.testing import FakeStackServer
        >>> fake = FakeStackServer()
        >>> ada = fake.create_user(email="ada@example.com")
        >>> async def main():
        ...     http = httpx.AsyncClient(transport=fake.transport())
        ...     async with StackSDK(fake.project_id, secret_server_key=fake.secret_server_key,
        ...                         base_url=fake.base_url, http_client=http, environ={}) as s:
        ...         raw = await s.with_raw_response(s.users.get, ada["id"])
        ...     return raw.status_code, raw.parsed.primary_email, raw.retries_taken, bool(raw.request_id)
        >>> asyncio.run(main())
        (200, 'ada@example.com', 0, True)
        """
        return await capture_raw(lambda: fn(*args, **kwargs))

    async def call_operation(self, operation_id: str, /, **params: Any) -> Any:
        """Call any generated operation by id, through the same loop as the namespaces.

        The escape hatch for operations no namespace wraps (admin ``internal_*`` routes, the e-mail
        outbox, ...): same access guard, headers, retries, typed errors; returns the generated model.
        Ids are the keys of ``stack_sdk_generated._operations.OPERATIONS``.

        >>> import asyncio, httpx
        >>> from stack_sdk.testing import FakeStackServer
        >>> fake = FakeStackServer()
        >>> ada = fake.create_user(email="ada@example.com")
        >>> async def main():
        ...     http = httpx.AsyncClient(transport=fake.transport())
        ...     async with StackSDK(fake.project_id, secret_server_key=fake.secret_server_key,
        ...                         base_url=fake.base_url, http_client=http, environ={}) as s:
        ...         return await s.call_operation("users_get", user_id=ada["id"])
        >>> asyncio.run(main()).primary_email
        'ada@example.com'
        """
        return await self._api.call(operation_id, object, **params)

    # -- protecting back ends (stack_sdk/_verify; one verifier and cache per pool, shared by views) -------

    @property
    def verifier(self) -> AccessTokenVerifier:
        """The local access-token verifier of this SDK's project (JWKS cache, verified-token LRU).

        Assign an :class:`~stack_sdk.AccessTokenVerifier` to use a static JWKS or a pinned clock.

        >>> StackSDK("p", secret_server_key="ssk", environ={}).verifier.jwks_url
        'https://api.stack-auth.com/api/v1/projects/p/.well-known/jwks.json'
        """
        from ._verify._verifier import shared_verifier

        return shared_verifier(self._api.http, self.project_id, self.base_url)

    @verifier.setter
    def verifier(self, verifier: AccessTokenVerifier) -> None:
        from ._verify._verifier import AccessTokenVerifier, set_shared_verifier

        if not isinstance(verifier, AccessTokenVerifier) or verifier.project_id != self.project_id:
            raise ConfigurationError(f"verifier must be an AccessTokenVerifier for project {self.project_id}")
        set_shared_verifier(self._api.http, verifier, self.base_url)

    async def verify_access_token(
        self,
        token: str,
        *,
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        leeway: float | None = None,
    ) -> AccessTokenClaims:
        """Verify a Stack access token locally (ES256 against the project's JWKS); no request once cached.

        Raises ``InvalidTokenError`` (401, ``.code`` says why) or ``VerifierUnavailable`` (503: no key set).

        >>> # claims = await s.verify_access_token(token); claims.user_id, claims.email
        """
        return await self.verifier.verify(
            token, allow_anonymous=allow_anonymous, allow_restricted=allow_restricted, leeway=leeway
        )

    async def authenticate_request(
        self,
        request: Any,
        *,
        mode: AuthMode = "local",
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        required: bool = True,
    ) -> AuthenticatedUser | None:
        """The caller of ``request`` (any object with ``.headers``): Bearer, ``x-stack-access-token``,
        ``x-stack-auth`` / ``x-hexclave-auth`` or Stack's cookies.

        ``mode``: ``"local"`` verifies the JWT here; ``"rest"`` asks Stack (``users.me``, full user at once);
        ``"hybrid"`` verifies here and fetches the full user on ``await auth.user()``, cached per token.
        ``required=False`` returns ``None`` instead of raising a 401-class error.

        >>> # auth = await s.authenticate_request(request); auth.user_id
        """
        from ._verify._guard import guard_for

        return await guard_for(self).authenticate_request(
            self,
            request,
            mode=mode,
            allow_anonymous=allow_anonymous,
            allow_restricted=allow_restricted,
            required=required,
        )

    async def authenticate_api_key(
        self, request: Any, *, kind: ApiKeyKind = "user", header: str | None = None
    ) -> ApiKeyOwner:
        """The owner of the API key a request presents (``Authorization: Bearer`` or ``header``), or a string key.

        Checked with Stack (server access), cached 30 s when valid and 10 s when not: a revoked key stops
        working within 30 s. Raises ``InvalidApiKeyError`` (401) or ``VerifierUnavailable`` (503).

        >>> # owner = await s.authenticate_api_key(request, kind="team"); owner.team_id
        """
        from ._verify._guard import guard_for

        return await guard_for(self).authenticate_api_key(self, request, kind=kind, header=header)

    # -- namespaces (imported on first touch) -------------------------------------------------------

    @cached_property
    def users(self) -> Users:
        from .resources.users import Users

        return Users(self._api)

    @cached_property
    def teams(self) -> Teams:
        from .resources.teams import Teams

        return Teams(self._api)

    @cached_property
    def team_memberships(self) -> TeamMemberships:
        from .resources.team_memberships import TeamMemberships

        return TeamMemberships(self._api)

    @cached_property
    def team_invitations(self) -> TeamInvitations:
        from .resources.team_invitations import TeamInvitations

        return TeamInvitations(self._api)

    @cached_property
    def team_member_profiles(self) -> TeamMemberProfiles:
        from .resources.team_member_profiles import TeamMemberProfiles

        return TeamMemberProfiles(self._api)

    @cached_property
    def permissions(self) -> Permissions:
        from .resources.permissions import Permissions

        return Permissions(self._api)

    @cached_property
    def api_keys(self) -> ApiKeys:
        from .resources.api_keys import ApiKeys

        return ApiKeys(self._api)

    @cached_property
    def contact_channels(self) -> ContactChannels:
        from .resources.contact_channels import ContactChannels

        return ContactChannels(self._api)

    @cached_property
    def sessions(self) -> Sessions:
        from .resources.sessions import Sessions

        return Sessions(self._api)

    @cached_property
    def oauth_providers(self) -> OAuthProviders:
        from .resources.oauth_providers import OAuthProviders

        return OAuthProviders(self._api)

    @cached_property
    def connected_accounts(self) -> ConnectedAccounts:
        from .resources.connected_accounts import ConnectedAccounts

        return ConnectedAccounts(self._api)

    @cached_property
    def projects(self) -> Projects:
        from .resources.projects import Projects

        return Projects(self._api)

    @cached_property
    def emails(self) -> Emails:
        from .resources.emails import Emails

        return Emails(self._api)

    @cached_property
    def notifications(self) -> Notifications:
        from .resources.notifications import Notifications

        return Notifications(self._api)

    @cached_property
    def data_vault(self) -> DataVault:
        from .resources.data_vault import DataVault

        return DataVault(self._api)

    @cached_property
    def payments(self) -> Payments:
        from .resources.payments import Payments

        return Payments(self._api)

    @cached_property
    def auth(self) -> Auth:
        from .resources.auth import Auth

        return Auth(self._api)
