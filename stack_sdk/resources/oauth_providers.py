"""The ``oauth_providers`` namespace: the OAuth accounts (Google, GitHub, ...) linked to a user.

Real paths (protocol §1.5, §1.7): ``GET /oauth-providers?user_id=``, ``POST /oauth-providers`` (server),
``GET|PATCH|DELETE /oauth-providers/{user_id}/{provider_id}``; the SDK spec's ``/users/{id}/oauth-providers``
does not exist. ``user_id`` may be ``"me"``. ``provider_id`` is the link's own id (``OAuthProvider.id``),
``provider_config_id`` the project's provider configuration (e.g. ``"google"``).
"""

from __future__ import annotations

import builtins

from stack_sdk_generated.models.o_auth_provider import OAuthProvider
from stack_sdk_generated.models.oauth_providers_create_body import OauthProvidersCreateBody
from stack_sdk_generated.models.oauth_providers_list_response_200 import OauthProvidersListResponse200
from stack_sdk_generated.models.oauth_providers_update_body import OauthProvidersUpdateBody
from stack_sdk_generated.models.success import Success

from .._types import NOT_GIVEN, NotGiven, given
from ..errors import NotFoundError
from ..pagination import AsyncPaginator, Page
from ._args import optional_bool, optional_str, require_bool, require_id, require_str
from ._base import Resource


class OAuthProviders(Resource):
    """List, inspect, link (server), change and unlink a user's OAuth accounts.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).oauth_providers
    <OAuthProviders namespace>
    """

    def list(self, user_id: str) -> AsyncPaginator[OAuthProvider]:
        """The OAuth accounts linked to a user (server access adds ``account_id``).

        >>> providers = await s.oauth_providers.list("me")   # doctest: +SKIP
        >>> [p.type_ for p in providers]                     # doctest: +SKIP
        ['github']
        """
        uid = require_id("user_id", user_id)

        async def fetch(_cursor: str | None) -> Page[OAuthProvider]:
            r = await self._api.call("oauth_providers_list", OauthProvidersListResponse200, user_id=uid)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def get(self, user_id: str, provider_id: str) -> OAuthProvider | None:
        """One linked OAuth account; ``None`` if the user has no such link (an unknown user raises ``UserNotFound``).

        >>> p = await s.oauth_providers.get(user_id, provider_id)   # doctest: +SKIP
        """
        try:
            return await self._api.call(
                "oauth_providers_get",
                OAuthProvider,
                user_id=require_id("user_id", user_id),
                provider_id=require_id("provider_id", provider_id),
            )
        except NotFoundError:
            # A missing link is a plain-text 404 "OAuth provider ... not found" (no known-error code).
            return None

    async def create(
        self,
        user_id: str,
        *,
        provider_config_id: str,
        account_id: str,
        allow_sign_in: bool,
        allow_connected_accounts: bool,
        email: str | NotGiven = NOT_GIVEN,
    ) -> OAuthProvider:
        """Link an OAuth account to a user without the OAuth dance (server access).

        ``account_id`` is the user's id at the provider. Raises ``OAuthProviderAccountIdAlreadyUsedForSignIn``
        if another user signs in with that account; a plain 400/404 for a duplicate link or an unknown
        ``provider_config_id``.

        >>> p = await s.oauth_providers.create(user_id, provider_config_id="github", account_id="583231",
        ...                                    allow_sign_in=True, allow_connected_accounts=True)   # doctest: +SKIP
        """
        body = OauthProvidersCreateBody.from_dict(
            given(
                user_id=require_id("user_id", user_id),
                provider_config_id=require_id("provider_config_id", provider_config_id),
                account_id=require_id("account_id", account_id),
                allow_sign_in=require_bool("allow_sign_in", allow_sign_in),
                allow_connected_accounts=require_bool("allow_connected_accounts", allow_connected_accounts),
                email=email if isinstance(email, NotGiven) else require_str("email", email),
            )
        )
        return await self._api.call("oauth_providers_create", OAuthProvider, body=body)

    async def update(
        self,
        user_id: str,
        provider_id: str,
        *,
        allow_sign_in: bool | NotGiven = NOT_GIVEN,
        allow_connected_accounts: bool | NotGiven = NOT_GIVEN,
        account_id: str | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
    ) -> OAuthProvider:
        """Change a linked OAuth account; only the given fields are sent (``account_id``/``email``: server).

        >>> p = await s.oauth_providers.update("me", provider_id, allow_sign_in=False)   # doctest: +SKIP
        """
        fields = given(
            allow_sign_in=optional_bool("allow_sign_in", allow_sign_in),
            allow_connected_accounts=optional_bool("allow_connected_accounts", allow_connected_accounts),
            account_id=account_id
            if isinstance(account_id, NotGiven)
            else require_id("account_id", account_id),
            email=email if isinstance(email, NotGiven) else optional_str("email", email),
        )
        if not fields:
            raise ValueError(
                "update() needs at least one of allow_sign_in=, allow_connected_accounts=, account_id=, email="
            )
        return await self._api.call(
            "oauth_providers_update",
            OAuthProvider,
            user_id=require_id("user_id", user_id),
            provider_id=require_id("provider_id", provider_id),
            body=OauthProvidersUpdateBody.from_dict(fields),
        )

    async def delete(self, user_id: str, provider_id: str) -> None:
        """Unlink an OAuth account from a user.

        >>> await s.oauth_providers.delete("me", provider_id)   # doctest: +SKIP
        """
        await self._api.call(
            "oauth_providers_delete",
            Success,
            user_id=require_id("user_id", user_id),
            provider_id=require_id("provider_id", provider_id),
        )
