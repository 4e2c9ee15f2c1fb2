"""``s.auth.anonymous``: a user with no credentials (upgradeable later)."""

from __future__ import annotations

from stack_sdk_generated.models.auth_tokens import AuthTokens

from .._base import Resource
from ._common import SignInResult, remember_tokens


class Anonymous(Resource):
    """Anonymous users (``is_anonymous=True``, restricted until they sign up properly)."""

    async def sign_up(self) -> SignInResult:
        """Create an anonymous user and sign in as it; the tokens go into the view's token store.

        >>> r = await s.auth.anonymous.sign_up()  # doctest: +SKIP
        """
        tokens = await self._api.call("auth_anonymous_sign_up", AuthTokens)
        return await remember_tokens(self._api, tokens)
