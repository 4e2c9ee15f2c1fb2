"""Who is calling: the access token of any request-like object, verified locally or by Stack.

Where the token is looked for, in order (the first present wins):

1. ``Authorization: Bearer <token>`` (scheme case-insensitive, exactly two parts; other schemes are ignored)
2. ``x-stack-access-token`` / ``x-hexclave-access-token`` (what Stack's docs tell front ends to send)
3. ``x-stack-auth`` / ``x-hexclave-auth``: JSON ``{"accessToken": ..., "refreshToken": ...}`` (protocol §2.9)
4. Stack's own cookies as its JS SDK writes them, both brands, with or without ``__Host-`` / ``__Secure-``:
   ``stack-access`` / ``hexclave-access`` holding JSON ``[refresh_token, access_token]`` (URL-encoded) or the bare
   access token.

A request-like object is anything with ``.headers`` (a case-insensitive mapping, or a plain dict) and
optionally ``.cookies`` (Starlette, FastAPI, Flask, Django, httpx requests all qualify), or a mapping of
headers itself.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import TYPE_CHECKING, Any, Final, Literal, cast
from urllib.parse import unquote

from ._claims import AccessTokenClaims
from ._errors import InvalidTokenError

if TYPE_CHECKING:
    from stack_sdk_generated.models.user import User

AuthMode = Literal["local", "rest", "hybrid"]
AUTH_MODES: Final = ("local", "rest", "hybrid")
TokenSource = Literal["authorization", "header", "x-stack-auth", "cookie"]
_ACCESS_HEADERS: Final = ("x-stack-access-token", "x-hexclave-access-token")
_AUTH_JSON_HEADERS: Final = ("x-stack-auth", "x-hexclave-auth")
_COOKIES: Final = tuple(
    prefix + brand for brand in ("stack-access", "hexclave-access") for prefix in ("", "__Host-", "__Secure-")
)


def _header(headers: Any, name: str) -> str | None:
    get = getattr(headers, "get", None)
    if get is None:
        return None
    value = get(name)
    if value is None and isinstance(headers, Mapping):
        # a plain dict is case-sensitive; framework header objects are not
        lname = name.lower()
        value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == lname), None)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else None


def _cookies(request: Any, headers: Any) -> Mapping[str, str]:
    cookies: Any = getattr(request, "cookies", None)
    if cookies is not None and hasattr(cookies, "get"):
        return cast("Mapping[str, str]", cookies)
    raw = _header(headers, "cookie")
    if not raw:
        return {}
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # a malformed Cookie header: as if there were none
        return {}
    return {k: m.value for k, m in jar.items()}


def _from_cookie(value: str) -> str | None:
    text = unquote(value).strip()
    if text.startswith("["):
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if isinstance(data, list) and len(data) >= 2 and isinstance(data[1], str) and data[1]:
            return data[1]
        return None
    return text or None


def extract_access_token(request: Any) -> tuple[str, TokenSource] | None:
    """The caller's access token and where it was found, or ``None`` when the request carries none.

    Raises :class:`InvalidTokenError` (``token_malformed``) for an ``Authorization: Bearer`` header that is not
    exactly ``Bearer <token>``, or an ``x-stack-auth`` header that is not a JSON object.

    >>> extract_access_token({"Authorization": "bearer eyJ.a.b"})
    ('eyJ.a.b', 'authorization')
    >>> extract_access_token({"cookie": "stack-access=%5B%22rt%22%2C%22eyJ.c.d%22%5D"})
    ('eyJ.c.d', 'cookie')
    """
    # .headers first: a Starlette request is itself a Mapping (over its ASGI scope)
    headers = getattr(request, "headers", None)
    if headers is None and isinstance(request, Mapping):
        headers = request
    if headers is None:
        raise TypeError(
            f"authenticate_request needs a request with .headers (or a mapping of headers), "
            f"got {type(request).__name__}"
        )
    auth = _header(headers, "authorization")
    if auth:
        parts = auth.split()
        if parts and parts[0].lower() == "bearer":
            if len(parts) != 2:
                raise InvalidTokenError(
                    "token_malformed", "The Authorization header must be exactly 'Bearer <access token>'."
                )
            return parts[1], "authorization"
    for name in _ACCESS_HEADERS:
        value = _header(headers, name)
        if value and value.strip():
            return value.strip(), "header"
    for name in _AUTH_JSON_HEADERS:
        value = _header(headers, name)
        if value:
            try:
                data = json.loads(value)
            except ValueError:
                data = None
            if not isinstance(data, dict):
                raise InvalidTokenError(
                    "token_malformed", f'The {name} header must be JSON {{"accessToken": "...", ...}}.'
                )
            token = data.get("accessToken")
            if isinstance(token, str) and token:
                return token, "x-stack-auth"
    cookies = _cookies(request, headers)
    for name in _COOKIES:
        value = cookies.get(name)
        if isinstance(value, str) and value:
            token = _from_cookie(value)
            if token:
                return token, "cookie"
    return None


@dataclass(eq=False)
class AuthenticatedUser:
    """The caller of a request: verified claims, and the full user on demand.

    ``await auth.user()`` returns the full Stack user (``users.me`` with the caller's token): fetched at
    authentication in ``rest`` mode, on first call in ``hybrid`` / ``local`` mode, then cached per token.

    >>> claims = AccessTokenClaims.from_payload({"sub": "u1", "exp": 9, "aud": "p", "iss": "i"})
    >>> AuthenticatedUser(claims, "eyJ...", "authorization").user_id
    'u1'
    """

    claims: AccessTokenClaims
    access_token: str = field(repr=False)
    source: TokenSource
    _fetch: Callable[[], Awaitable[User]] | None = field(default=None, repr=False)
    _user: User | None = field(default=None, repr=False)

    @property
    def user_id(self) -> str:
        return self.claims.user_id

    @property
    def is_anonymous(self) -> bool:
        return self.claims.is_anonymous

    async def user(self) -> User:
        """The full user (one ``users.me`` request the first time; cached per token)."""
        if self._user is None:
            if self._fetch is None:
                raise RuntimeError("this AuthenticatedUser was built without an SDK: no user to fetch")
            self._user = await self._fetch()
        return self._user


class UserCache:
    """Full users by access token for ``hybrid`` mode: bounded LRU, an entry never outlives its token."""

    def __init__(self, size: int = 1024, clock: Callable[[], float] = time.time) -> None:
        self._entries: OrderedDict[str, tuple[User, float]] = OrderedDict()
        self._size = size
        self._clock = clock

    def get(self, token: str) -> User | None:
        entry = self._entries.get(token)
        if entry is None:
            return None
        if self._clock() >= entry[1]:
            self._entries.pop(token, None)
            return None
        return entry[0]

    def put(self, token: str, user: User, exp: float) -> None:
        self._entries[token] = (user, exp)
        self._entries.move_to_end(token)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)
