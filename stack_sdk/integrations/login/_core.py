"""Server-side sign-in for web apps, independent of the framework: routes in, redirects and pages out.

The framework modules (``flask.py``, ``starlette.py``) only translate their request into
:meth:`StackLogin.handle`'s arguments and its :class:`LoginResponse` back, and keep the session cookie.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from ..._logs import logger
from ..._tokens import MemoryTokenStore
from ...errors import APIConnectionError, APIStatusError, KnownError, OAuthError, StackError
from ._session import LoginSession, SessionCodec

if TYPE_CHECKING:
    from ..._client import StackSDK
    from ...resources._auth_flows._common import SignInResult
    from ...types import User

DEFAULT_MAX_AGE = 14 * 24 * 3600


class LoginError(StackError):
    """A sign-in step failed for a reason to show the user (wrong password, stale link, bad CSRF token)."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class LoginResponse:
    """What a framework adapter sends back: a redirect (``location``) or an HTML page."""

    status: int
    location: str | None = None
    html: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def safe_next(value: object, default: str = "/") -> str:
    """``value`` if it is a path on this site, else ``default`` (refuses open redirects).

    >>> safe_next("/account?tab=1"), safe_next("//evil.example"), safe_next("https://evil.example/")
    ('/account?tab=1', '/', '/')
    >>> safe_next("/\\\\evil.example"), safe_next("/ok\\nSet-Cookie: x"), safe_next(None, "/home")
    ('/', '/', '/home')
    """
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    if any(ord(c) < 0x20 or c == "\x7f" for c in value):
        return default
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return default
    return value


def _friendly(exc: Exception) -> str:
    if isinstance(exc, KnownError):
        code = exc.code
        if code == "EMAIL_PASSWORD_MISMATCH":
            return "Wrong e-mail or password."
        if code == "USER_EMAIL_ALREADY_EXISTS":
            return "An account with this e-mail already exists: sign in instead."
        if code == "MULTI_FACTOR_AUTHENTICATION_REQUIRED":
            return (
                "This account uses two-factor authentication, which this sign-in page does not support yet."
            )
        if code.startswith("VERIFICATION_CODE"):
            return "This code is wrong or expired: ask for a new one."
        if code == "SIGN_UP_NOT_ENABLED":
            return "New accounts cannot be created on this site."
        return str(getattr(exc, "message", "") or "Sign-in failed.")
    if isinstance(exc, OAuthError):
        return f"The provider refused the sign-in ({exc.args[0] if exc.args else 'error'})."
    if isinstance(exc, APIConnectionError):
        return "The sign-in service is unreachable; try again in a moment."
    if isinstance(exc, APIStatusError) and exc.status < 500:
        return "This sign-in method is not available."
    return "Sign-in failed."


class StackLogin:
    """Sign users in from server-rendered pages: ``/login`` → provider → ``/callback`` → session → ``/logout``.

    ``sdk`` is a client-access :class:`~stack_sdk.StackSDK` (project id + publishable client key). The
    session (tokens, CSRF token, the PKCE verifier of pending OAuth flows) lives in one encrypted,
    ``HttpOnly``, ``SameSite=Lax`` cookie (``Secure`` unless ``secure_cookies=False`` for http://localhost);
    access tokens are refreshed when the user is loaded and the cookie rewritten. Mount it with
    :func:`stack_sdk.integrations.login.flask.login_blueprint` or
    :func:`stack_sdk.integrations.login.starlette.login_routes` / ``login_router`` (FastAPI).

    Routes (under ``prefix``): ``GET /login`` (the page), ``POST /login/oauth/<provider>``, ``GET /callback``,
    ``POST /login/password``, ``POST /signup/password``, ``POST /login/code/send``, ``POST /login/code``,
    ``GET /login/code/verify`` (the e-mailed magic link), ``POST /logout``.

    >>> from stack_sdk import StackSDK
    >>> login = StackLogin(StackSDK("p", publishable_client_key="pck", environ={}),
    ...                    secret_key="s" * 32, providers=["github"])
    >>> login.prefix, login.cookie_name
    ('/auth', 'stack_session')
    """

    def __init__(
        self,
        sdk: StackSDK,
        *,
        secret_key: str | bytes,
        prefix: str = "/auth",
        providers: Iterable[str] = (),
        password: bool = True,
        sign_up: bool = True,
        otp: bool = True,
        secure_cookies: bool = True,
        cookie_name: str = "stack_session",
        max_age: int = DEFAULT_MAX_AGE,
        after_login: str = "/",
        after_logout: str = "/",
        title: str = "Sign in",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not prefix.startswith("/") or prefix.endswith("/"):
            raise ValueError(f"prefix must start with '/' and not end with one, e.g. '/auth'; got {prefix!r}")
        self.sdk = sdk
        self.prefix = prefix
        self.providers = tuple(p.lower() for p in providers)
        self.password = password
        self.sign_up = sign_up
        self.otp = otp
        self.secure_cookies = secure_cookies
        self.cookie_name = cookie_name
        self.after_login = safe_next(after_login)
        self.after_logout = safe_next(after_logout)
        self.title = title
        self.codec = SessionCodec(secret_key, max_age=max_age, clock=clock)

    def __repr__(self) -> str:
        return f"StackLogin(prefix={self.prefix!r}, providers={list(self.providers)})"

    # --- cookie --------------------------------------------------------------------------------------

    def load(self, cookie: str | None) -> LoginSession:
        return self.codec.open(cookie)

    def cookie(self, session: LoginSession) -> tuple[str, dict[str, Any]]:
        """``(value, options)`` for the Set-Cookie of ``session`` (an expired cookie once signed out and empty)."""
        options: dict[str, Any] = {
            "max_age": self.codec.max_age,
            "path": "/",
            "secure": self.secure_cookies,
            "httponly": True,
            "samesite": "lax",
        }
        if not session.data:
            options["max_age"] = 0
            return "", options
        return self.codec.seal(session), options

    # --- the signed-in user --------------------------------------------------------------------------

    def user_view(self, session: LoginSession) -> StackSDK:
        """An SDK view acting for the session's user (its own token store, read back by :meth:`sync`)."""
        return self.sdk.as_user(MemoryTokenStore(*session.tokens))

    async def current_user(self, session: LoginSession) -> User | None:
        """The session's user, refreshing the access token when needed (the session then changes);
        None when signed out or when the refresh token is dead (the session is cleared)."""
        if not session.signed_in:
            return None
        view = self.user_view(session)
        user = await view.users.get_current_user(include_restricted=True)
        if user is None:
            session.sign_out()
            return None
        await self.sync(session, view)
        return user

    async def sync(self, session: LoginSession, view: StackSDK) -> None:
        """Copy tokens a view refreshed back into the session."""
        store = view.token_store
        if store is not None:
            access, refresh = await store.get_tokens()
            if refresh:
                session.set_tokens(access, refresh)

    # --- steps ---------------------------------------------------------------------------------------

    def _signed_in(self, session: LoginSession, result: SignInResult) -> None:
        # a new CSRF token after sign-in: one planted before it (login CSRF) is worthless afterwards
        session.take("csrf")
        session.take("otp")
        session.set_tokens(result.tokens.access_token, result.tokens.refresh_token, result.user_id)

    async def start_oauth(
        self, session: LoginSession, provider: str, callback_url: str, next_path: str
    ) -> str:
        """The provider's authorize URL; the state and PKCE verifier stay in the session."""
        provider = provider.lower()
        if provider not in self.providers:
            raise LoginError(f"Unknown sign-in provider {provider!r}.", status=404)
        view = self.sdk.as_user(MemoryTokenStore())  # empty: never links the provider to a previous user
        flow = await view.auth.oauth.get_oauth_url(provider, callback_url, callback_url)
        session.push_oauth(flow.state, {"v": flow.code_verifier, "r": flow.redirect_url, "n": next_path})
        return flow.url

    async def finish_oauth(self, session: LoginSession, url: str) -> str:
        """Check ``state``, exchange the code (PKCE), store the tokens; returns where to go next."""
        params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        flow = session.pop_oauth(params.get("state"))
        if flow is None:
            raise LoginError(
                "This sign-in attempt is stale or was started in another browser: please start again."
            )
        if params.get("error"):
            raise LoginError(f"The provider refused the sign-in ({params['error'][:60]}).")
        view = self.sdk.as_user(MemoryTokenStore())
        result = await view.auth.oauth.call_oauth_callback(
            url, code_verifier=flow["v"], redirect_url=flow["r"]
        )
        self._signed_in(session, result)
        return safe_next(flow.get("n"), self.after_login)

    async def password_sign_in(self, session: LoginSession, email: str, password: str) -> None:
        view = self.sdk.as_user(MemoryTokenStore())
        self._signed_in(session, await view.auth.password.sign_in(email, password))

    async def password_sign_up(self, session: LoginSession, email: str, password: str) -> None:
        view = self.sdk.as_user(MemoryTokenStore())
        result = await view.auth.password.sign_up(email, password, no_verification_callback=True)
        self._signed_in(session, result)

    async def send_code(self, session: LoginSession, email: str, magic_link_url: str) -> None:
        nonce = await self.sdk.as_user(MemoryTokenStore()).auth.otp.send_sign_in_code(email, magic_link_url)
        session.put("otp", {"nonce": nonce, "email": email})

    async def code_sign_in(self, session: LoginSession, code: str, *, magic_link: bool = False) -> None:
        pending = session.data.get("otp")
        nonce = pending.get("nonce") if isinstance(pending, dict) and not magic_link else None
        if not magic_link and not nonce:
            raise LoginError("Ask for a sign-in code first.")
        view = self.sdk.as_user(MemoryTokenStore())
        self._signed_in(session, await view.auth.otp.sign_in(code.strip(), nonce=nonce))

    async def sign_out(self, session: LoginSession) -> None:
        """End the session at Stack and clear it here; never raises (a failure at Stack is only logged)."""
        if session.signed_in:
            try:
                await self.user_view(session).auth.sign_out()
            except Exception as exc:  # the local sign-out must happen whatever Stack says
                logger.info("login sign-out: Stack did not confirm (%s); session cleared", type(exc).__name__)
        session.sign_out()

    # --- routing -------------------------------------------------------------------------------------

    async def handle(
        self,
        method: str,
        subpath: str,
        *,
        url: str,
        query: Mapping[str, str],
        form: Mapping[str, str],
        session: LoginSession,
    ) -> LoginResponse:
        """Serve one request under ``prefix`` (``subpath`` without it, e.g. ``/login``); ``url`` is the
        full request URL (it gives the callback URLs' origin)."""
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        base = origin + self.prefix
        next_path = safe_next(form.get("next") or query.get("next"), self.after_login)
        method = method.upper()
        try:
            if method == "GET" and subpath in ("/login", "/login/"):
                return self.page(session, next_path=next_path)
            if method == "GET" and subpath == "/callback":
                return LoginResponse(303, await self.finish_oauth(session, url))
            if method == "GET" and subpath == "/login/code/verify" and self.otp:
                await self.code_sign_in(session, query.get("code", ""), magic_link=True)
                return LoginResponse(303, self.after_login)
            if method != "POST":
                return LoginResponse(404, html=self._html("Not found", "<p>Not found.</p>"))
            if not session.check_csrf(form.get("csrf")):
                # SameSite=Lax already keeps cross-site POSTs cookie-less; the token covers older browsers
                raise LoginError("The form expired (CSRF check failed): reload the page and try again.")
            if subpath == "/logout":
                await self.sign_out(session)
                return LoginResponse(303, self.after_logout)
            if subpath.startswith("/login/oauth/"):
                provider = subpath.removeprefix("/login/oauth/")
                return LoginResponse(
                    303, await self.start_oauth(session, provider, base + "/callback", next_path)
                )
            email, password = form.get("email", "").strip(), form.get("password", "")
            if subpath == "/login/password" and self.password:
                await self.password_sign_in(session, email, password)
                return LoginResponse(303, next_path)
            if subpath == "/signup/password" and self.password and self.sign_up:
                await self.password_sign_up(session, email, password)
                return LoginResponse(303, next_path)
            if subpath == "/login/code/send" and self.otp:
                await self.send_code(session, email, base + "/login/code/verify")
                return self.page(
                    session, next_path=next_path, notice=f"We e-mailed a sign-in code to {email}."
                )
            if subpath == "/login/code" and self.otp:
                await self.code_sign_in(session, form.get("code", ""))
                return LoginResponse(303, next_path)
            return LoginResponse(404, html=self._html("Not found", "<p>Not found.</p>"))
        except LoginError as exc:
            return self.page(session, next_path=next_path, error=exc.message, status=exc.status)
        except (APIStatusError, OAuthError, APIConnectionError, ValueError) as exc:
            # ValueError: the SDK's argument checks (an empty e-mail...), worded for developers
            message = _friendly(exc) if type(exc) is not ValueError else "Please fill in every field."
            logger.info("login step %s %s failed: %s", method, subpath, type(exc).__name__)
            return self.page(session, next_path=next_path, error=message, status=400)

    # --- the page ------------------------------------------------------------------------------------

    def _html(self, title: str, body: str) -> str:
        return (
            "<!doctype html><html lang=en><head><meta charset=utf-8>"
            '<meta name=viewport content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>body{{font-family:system-ui,sans-serif;max-width:26rem;"
            "margin:3rem auto;padding:0 1rem}form{margin:1rem 0;display:grid;gap:.5rem}"
            "input,button{font:inherit;padding:.45rem}.error{color:#b00020}.notice{color:#05620a}</style>"
            f"</head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
        )

    def page(
        self,
        session: LoginSession,
        *,
        next_path: str = "/",
        error: str | None = None,
        notice: str | None = None,
        status: int = 200,
    ) -> LoginResponse:
        """The sign-in page: provider buttons, password and e-mail code forms, each with the CSRF token."""
        csrf = html.escape(session.csrf_token())
        hidden = f'<input type=hidden name=csrf value="{csrf}"><input type=hidden name=next value="{html.escape(next_path)}">'
        parts: list[str] = []
        if error:
            parts.append(f"<p class=error role=alert id=error>{html.escape(error)}</p>")
        if notice:
            parts.append(f"<p class=notice id=notice>{html.escape(notice)}</p>")
        for provider in self.providers:
            action = f"{self.prefix}/login/oauth/{quote(provider)}"
            parts.append(
                f'<form method=post action="{action}">{hidden}'
                f'<button id="oauth-{html.escape(provider)}">Continue with {html.escape(provider.title())}</button></form>'
            )
        if self.password:
            fields = (
                '<input name=email type=email autocomplete=username placeholder="E-mail" required>'
                '<input name=password type=password autocomplete=current-password placeholder="Password" required>'
            )
            parts.append(
                f'<form method=post action="{self.prefix}/login/password" id=password-form>{hidden}{fields}'
                "<button id=password-sign-in>Sign in</button></form>"
            )
            if self.sign_up:
                parts.append(
                    f"<details><summary>New here? Create an account</summary><form method=post "
                    f'action="{self.prefix}/signup/password" id=signup-form>{hidden}{fields.replace("current-password", "new-password")}'
                    "<button id=password-sign-up>Create account</button></form></details>"
                )
        if self.otp:
            pending = session.data.get("otp")
            if isinstance(pending, dict) and pending.get("nonce"):
                parts.append(
                    f'<form method=post action="{self.prefix}/login/code" id=code-form>{hidden}'
                    '<input name=code inputmode=numeric autocomplete=one-time-code placeholder="6-digit code" required>'
                    "<button id=code-sign-in>Sign in with code</button></form>"
                )
            parts.append(
                f'<form method=post action="{self.prefix}/login/code/send" id=send-code-form>{hidden}'
                '<input name=email type=email placeholder="E-mail" required>'
                "<button id=send-code>E-mail me a sign-in code</button></form>"
            )
        headers = {"cache-control": "no-store"}
        return LoginResponse(status, html=self._html(self.title, "".join(parts)), headers=headers)

    def logout_form(self, session: LoginSession, label: str = "Sign out") -> str:
        """An HTML form (with the CSRF token) that signs out; put it in your templates."""
        csrf = html.escape(session.csrf_token())
        return (
            f'<form method=post action="{self.prefix}/logout"><input type=hidden name=csrf value="{csrf}">'
            f"<button id=sign-out>{html.escape(label)}</button></form>"
        )

    def login_url(self, next_path: str = "/") -> str:
        """The sign-in page's path, coming back to ``next_path`` afterwards.

        >>> from stack_sdk import StackSDK
        >>> StackLogin(StackSDK("p", publishable_client_key="k", environ={}), secret_key="s" * 32).login_url("/a b")
        '/auth/login?next=%2Fa%20b'
        """
        return f"{self.prefix}/login?" + urlencode({"next": safe_next(next_path)}, quote_via=quote)
