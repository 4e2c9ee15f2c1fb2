"""What every sign-in flow shares: the result type and writing it into the view's token store."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..._tokens import TokenPair, TokenStore
from ...errors import UserNotSignedIn

if TYPE_CHECKING:
    from stack_sdk_generated.models.auth_tokens import AuthTokens

    from ..._base_client import APIClient


@attrs.frozen
class SignInResult:
    """A successful sign-in, sign-up, OTP, MFA, OAuth or anonymous sign-up; ``repr`` never shows the tokens.

    >>> r = SignInResult(user_id="u1", tokens=TokenPair("eyJ.a.b", "rt_secret"), is_new_user=True)
    >>> r
    SignInResult(user_id='u1', is_new_user=True, tokens=<redacted>)
    >>> r.tokens.refresh_token
    'rt_secret'
    """

    user_id: str
    tokens: TokenPair
    is_new_user: bool | None = None
    after_callback_redirect_url: str | None = None

    def __repr__(self) -> str:
        extra = (
            f", after_callback_redirect_url={self.after_callback_redirect_url!r}"
            if self.after_callback_redirect_url
            else ""
        )
        return f"SignInResult(user_id={self.user_id!r}, is_new_user={self.is_new_user!r}, tokens=<redacted>{extra})"


async def remember(api: APIClient, result: SignInResult) -> SignInResult:
    """Write a sign-in's tokens into the view's token store (when it has one) and return the result."""
    store = api.options.token_store
    if store is not None:
        await store.set_tokens(result.tokens.access_token, result.tokens.refresh_token)
    return result


async def remember_tokens(api: APIClient, tokens: AuthTokens) -> SignInResult:
    """``remember`` for the generated ``AuthTokens`` body ``{access_token, refresh_token, user_id, is_new_user?}``."""
    is_new = tokens.is_new_user if isinstance(tokens.is_new_user, bool) else None
    result = SignInResult(
        user_id=tokens.user_id,
        tokens=TokenPair(tokens.access_token, tokens.refresh_token),
        is_new_user=is_new,
    )
    return await remember(api, result)


def require_store(api: APIClient, what: str) -> TokenStore:
    """The view's token store, or a clear error: server SDKs have none until ``as_user(tokens)``."""
    store = api.options.token_store
    if store is None:
        raise UserNotSignedIn(
            f"{what} needs a user's tokens, but this SDK has no token store (server SDKs have none by default). "
            f"Call it on a user view: s.as_user(tokens).{what}, where tokens is a TokenPair, a dict, "
            "a TokenStore or a request carrying x-stack-auth."
        )
    return store
