"""``s.auth.oauth``: OAuth sign-in without a browser SDK (PKCE S256; protocol §2.12).

Your app opens :meth:`OAuth.get_oauth_url`'s URL in the user's browser; the provider sends the browser back
to ``redirect_url?code=...&state=...``; your app passes that URL to :meth:`OAuth.call_oauth_callback`.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import string
from typing import Any, Final
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import attrs

from ..._tokens import TokenPair, likely_valid_tokens, token_claims
from ...errors import APIResponseValidationError, APIStatusError, KnownError, OAuthError
from .._args import absolute_url, non_empty_str
from .._base import Resource
from ._common import SignInResult, remember

_ALNUM: Final = string.ascii_letters + string.digits
_VERIFIER_CHARS: Final = frozenset(_ALNUM + "-._~")  # RFC 7636 unreserved characters
# The OAuth token= parameter uses a stricter freshness rule than ordinary calls (JS: 45 s left, 60 s old).
_TOKEN_PARAM_MIN_VALIDITY: Final = 45.0
_TOKEN_PARAM_MAX_AGE: Final = 60.0


def _random(n: int) -> str:
    return "".join(secrets.choice(_ALNUM) for _ in range(n))


def code_challenge(code_verifier: str) -> str:
    """PKCE S256: base64url(sha256(verifier)) without padding.

    >>> code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")  # RFC 7636 appendix B
    'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
    """
    digest = hashlib.sha256(code_verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _strip_code_and_state(url: str) -> str:
    # A redirect URL reused from a previous callback must not carry that callback's code/state (JS does this too).
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("code", "state")]
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


@attrs.frozen
class OAuthUrl:
    """What :meth:`OAuth.get_oauth_url` returns: keep ``state``/``code_verifier``/``redirect_url`` for the callback.

    ``repr`` hides the code verifier (it is a one-time secret).
    """

    url: str
    state: str
    code_verifier: str = attrs.field(repr=False)
    redirect_url: str


class OAuth(Resource):
    """OAuth provider sign-in: build the authorize URL, then exchange the callback's code for tokens."""

    async def get_oauth_url(
        self,
        provider: str,
        redirect_url: str,
        error_redirect_url: str,
        *,
        state: str | None = None,
        code_verifier: str | None = None,
        after_callback_redirect_url: str | None = None,
        provider_scope: str | None = None,
    ) -> OAuthUrl:
        """The provider's authorize URL (no request is sent). If the view's user is signed in, the URL
        carries their access token so the provider account is linked to them (e.g. an anonymous user).

        >>> import asyncio
        >>> from stack_sdk import StackSDK
        >>> s = StackSDK("p", publishable_client_key="pck", environ={}, token_store=None)
        >>> o = asyncio.run(s.auth.oauth.get_oauth_url("GitHub", "https://app.example.com/cb",
        ...                                            "https://app.example.com/err", state="st"))
        >>> o.url.split("?")[0]
        'https://api.stack-auth.com/api/v1/auth/oauth/authorize/github'
        >>> "&state=st&" in o.url, "code_challenge_method=S256" in o.url
        (True, True)
        """
        provider = non_empty_str("provider", provider).strip().lower()
        redirect_url = _strip_code_and_state(absolute_url("redirect_url", redirect_url))
        absolute_url("error_redirect_url", error_redirect_url)
        if after_callback_redirect_url is not None:
            absolute_url("after_callback_redirect_url", after_callback_redirect_url)
        if provider_scope is not None:
            non_empty_str("provider_scope", provider_scope)
        state = _random(32) if state is None else non_empty_str("state", state)
        if code_verifier is None:
            code_verifier = _random(64)
        elif not isinstance(code_verifier, str) or not (
            43 <= len(code_verifier) <= 128 and set(code_verifier) <= _VERIFIER_CHARS
        ):
            raise ValueError(
                "code_verifier must be 43-128 characters from A-Z a-z 0-9 - . _ ~ (RFC 7636); "
                "omit it to get a random one"
            )
        config = self._api.config
        query: list[tuple[str, str]] = [
            ("client_id", config.project_id),
            ("client_secret", config.oauth_client_secret),
            ("redirect_uri", redirect_url),
            ("scope", "legacy"),
            ("state", state),
            ("grant_type", "authorization_code"),
            ("code_challenge", code_challenge(code_verifier)),
            ("code_challenge_method", "S256"),
            ("response_type", "code"),
            ("type", "authenticate"),
            ("error_redirect_uri", error_redirect_url),
        ]
        access = await self._current_access_token()
        if access:
            query.append(("token", access))
        if after_callback_redirect_url is not None:
            query.append(("after_callback_redirect_url", after_callback_redirect_url))
        if provider_scope is not None:
            query.append(("provider_scope", provider_scope))
        url = (
            f"{config.api_url}/api/v1/auth/oauth/authorize/{quote(provider, safe='')}?"
            f"{urlencode(query, quote_via=quote, safe='')}"
        )
        return OAuthUrl(url=url, state=state, code_verifier=code_verifier, redirect_url=redirect_url)

    async def _current_access_token(self) -> str | None:
        store = self._api.options.token_store
        if store is None:
            return None
        access, _ = await likely_valid_tokens(
            store,
            self._api.refresh_access_token,
            min_validity=_TOKEN_PARAM_MIN_VALIDITY,
            max_age=_TOKEN_PARAM_MAX_AGE,
        )
        return access

    async def call_oauth_callback(self, url: str, *, code_verifier: str, redirect_url: str) -> SignInResult:
        """Exchange the callback URL's ``code`` for tokens (``POST /auth/oauth/token``); they go into the view's store.

        ``code_verifier`` and ``redirect_url`` must be those of the :class:`OAuthUrl` that started the flow.
        Raises ``OAuthError`` (``.code``: the provider's error, ``missing_code``, ``token_exchange_failed``,
        ``parse_error``) or a typed Stack error such as ``MultiFactorAuthenticationRequired``.

        >>> o = await s.auth.oauth.get_oauth_url("github", cb_url, err_url)   # doctest: +SKIP
        >>> # ... the browser comes back to cb_url?code=...&state=...
        >>> r = await s.auth.oauth.call_oauth_callback(callback_url, code_verifier=o.code_verifier,
        ...                                            redirect_url=o.redirect_url)  # doctest: +SKIP
        """
        absolute_url("url", url)
        non_empty_str("code_verifier", code_verifier)
        absolute_url("redirect_url", redirect_url)
        params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        if params.get("error"):
            raise OAuthError(params["error"], params.get("error_description") or "OAuth error")
        code = params.get("code")
        if not code:
            raise OAuthError("missing_code", "The callback URL has no 'code' query parameter.")
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_url,
            "code_verifier": code_verifier,
        }
        try:
            body = await self._api.oauth_token(form)
        except KnownError:
            raise  # MFA required, invalid code, invalid client...: already typed
        except APIResponseValidationError as exc:
            raise OAuthError("parse_error", "The token endpoint's answer has no access token.") from exc
        except APIStatusError as exc:
            raise _token_exchange_error(exc) from exc
        return await remember(self._api, _result_from_token_body(body))


def _token_exchange_error(exc: APIStatusError) -> OAuthError:
    # An OAuth2-style error body {"error": ..., "error_description": ...} from the token endpoint.
    data: Any = None
    if exc.response is not None:
        try:
            data = exc.response.json()
        except ValueError:
            data = None
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        return OAuthError(data["error"], str(data.get("error_description") or "Token exchange failed"))
    return OAuthError("token_exchange_failed", f"HTTP {exc.status}")


def _result_from_token_body(body: dict[str, Any]) -> SignInResult:
    access, refresh = body.get("access_token"), body.get("refresh_token")
    claims = token_claims(access) if isinstance(access, str) else None
    user_id = claims.get("sub") if claims else None
    if not isinstance(access, str) or not isinstance(refresh, str) or not isinstance(user_id, str):
        raise OAuthError("parse_error", "The token endpoint's answer lacks a refresh token or a user id.")
    is_new = body.get("is_new_user")
    after = body.get("after_callback_redirect_url")
    return SignInResult(
        user_id=user_id,
        tokens=TokenPair(access, refresh),
        is_new_user=is_new if isinstance(is_new, bool) else None,
        after_callback_redirect_url=after if isinstance(after, str) else None,
    )
