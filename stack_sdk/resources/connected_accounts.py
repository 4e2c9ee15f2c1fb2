"""The ``connected_accounts`` namespace: a user's OAuth connections and their provider access tokens.

Real paths (protocol §1.3, §1.7): ``GET /connected-accounts/{user_id}`` and
``POST /connected-accounts/{user_id}/{provider_id}/access-token {scope}``; the SDK spec's
``/connected-accounts/{provider_id}/access-token`` does not exist. ``user_id`` may be ``"me"``.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from stack_sdk_generated.models.access_token import AccessToken
from stack_sdk_generated.models.connected_accounts_get_access_token_body import (
    ConnectedAccountsGetAccessTokenBody,
)
from stack_sdk_generated.models.connected_accounts_list_response_200 import ConnectedAccountsListResponse200

from .._types import NOT_GIVEN, NotGiven
from ..errors import APIResponseValidationError
from ..pagination import AsyncPaginator, Page
from ._args import require_id
from ._base import Resource


@attrs.frozen
class ConnectedAccount:
    """One OAuth account a user connected (the spec leaves list items untyped, so the facade types them).

    >>> ConnectedAccount.from_dict({"user_id": "u1", "provider": "github", "provider_account_id": "583231"})
    ConnectedAccount(user_id='u1', provider='github', provider_account_id='583231')
    """

    user_id: str
    provider: str
    provider_account_id: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConnectedAccount:
        fields = {f: data.get(f) for f in ("user_id", "provider", "provider_account_id")}
        bad = [f for f, v in fields.items() if not isinstance(v, str)]
        if bad:
            raise APIResponseValidationError(
                f"connected_accounts_list: an item lacks string field(s) {', '.join(bad)}: {dict(data)!r}"
            )
        return cls(**fields)  # type: ignore[arg-type]


def _scope(scopes: object) -> str | NotGiven:
    if isinstance(scopes, NotGiven):
        return scopes
    # A bare string would be split into letters; ask for the list the docs promise.
    if (
        isinstance(scopes, str)
        or not isinstance(scopes, Sequence)
        or not all(isinstance(s, str) and s and " " not in s for s in scopes)
    ):
        raise TypeError(f"scopes must be a list of scope names such as ['repo', 'read:user'], got {scopes!r}")
    return " ".join(scopes) if scopes else NOT_GIVEN


class ConnectedAccounts(Resource):
    """A user's connected OAuth accounts and fresh provider access tokens for them.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).connected_accounts
    <ConnectedAccounts namespace>
    """

    def list(self, user_id: str) -> AsyncPaginator[ConnectedAccount]:
        """The OAuth accounts a user allowed as connected accounts.

        >>> accounts = await s.connected_accounts.list("me")   # doctest: +SKIP
        >>> accounts.items[0].provider                         # doctest: +SKIP
        'github'
        """
        uid = require_id("user_id", user_id)

        async def fetch(_cursor: str | None) -> Page[ConnectedAccount]:
            r = await self._api.call("connected_accounts_list", ConnectedAccountsListResponse200, user_id=uid)
            return Page(items=[ConnectedAccount.from_dict(item) for item in r.items])

        return AsyncPaginator(fetch)

    async def get_access_token(
        self, user_id: str, provider_id: str, *, scopes: builtins.list[str] | NotGiven = NOT_GIVEN
    ) -> AccessToken:
        """A valid provider access token (refreshed by Stack when needed) for the user's ``provider_id`` account.

        ``scopes`` are required scopes (sent space-separated). Raises ``OAuthConnectionNotConnectedToUser``,
        ``OAuthConnectionDoesNotHaveRequiredScope``, ``OAuthAccessTokenNotAvailable`` or
        ``OAuthProviderNotFoundOrNotEnabled``. The result's ``repr`` shows the token: do not log it.

        >>> tok = await s.connected_accounts.get_access_token("me", "github", scopes=["repo"])   # doctest: +SKIP
        >>> headers = {"Authorization": f"Bearer {tok.access_token}"}                           # doctest: +SKIP
        """
        scope = _scope(scopes)
        body = (
            ConnectedAccountsGetAccessTokenBody()
            if isinstance(scope, NotGiven)
            else ConnectedAccountsGetAccessTokenBody(scope=scope)
        )
        return await self._api.call(
            "connected_accounts_get_access_token",
            AccessToken,
            user_id=require_id("user_id", user_id),
            provider_id=require_id("provider_id", provider_id),
            body=body,
        )
