"""``s.auth.cli``: sign a command-line tool in through the browser (protocol §2.14).

The CLI asks for a login code, shows the user ``{app_url}/handler/cli-auth-confirm?login_code=...``, and
polls until the user confirmed in the browser; the result is a refresh token for the CLI to keep.
"""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Awaitable, Callable
from typing import Final
from urllib.parse import quote

from stack_sdk_generated.models.auth_cli_complete_body import AuthCliCompleteBody
from stack_sdk_generated.models.auth_cli_initiate_body import AuthCliInitiateBody
from stack_sdk_generated.models.auth_cli_initiate_response_200 import AuthCliInitiateResponse200
from stack_sdk_generated.models.auth_cli_poll_body import AuthCliPollBody
from stack_sdk_generated.models.cli_poll_result import CliPollResult
from stack_sdk_generated.models.success import Success
from stack_sdk_generated.types import UNSET

from ..._response import capture_raw
from ...errors import (
    APIResponseValidationError,
    CliAuthError,
    CliAuthExpiredError,
    CliAuthUsedError,
    UserNotSignedIn,
)
from .._args import absolute_url, non_empty_str, verification_code
from .._base import Resource
from ._common import require_store

PromptLink = Callable[[str, str], object]  # (login_url, login_code) -> None or an awaitable
Sleep = Callable[[float], Awaitable[None]]
_MAX_EXPIRES_IN_MILLIS: Final = 24 * 3600 * 1000  # the backend's upper bound


def _print_prompt(url: str, login_code: str) -> None:
    # stderr: keep the CLI's stdout for its own output.
    sys.stderr.write(f"Open this URL in your browser to sign in:\n  {url}\nLogin code: {login_code}\n")
    sys.stderr.flush()


def login_url(app_url: str, login_code: str) -> str:
    """The browser page that confirms a CLI login.

    >>> login_url("https://app.example.com/", "a b")
    'https://app.example.com/handler/cli-auth-confirm?login_code=a%20b'
    """
    return f"{app_url.rstrip('/')}/handler/cli-auth-confirm?login_code={quote(login_code, safe='')}"


class Cli(Resource):
    """CLI login: :meth:`prompt_cli_login` does it all; :meth:`initiate`/:meth:`poll`/:meth:`complete` are the steps."""

    async def initiate(
        self, *, expires_in_millis: int | None = None, anon_refresh_token: str | None = None
    ) -> AuthCliInitiateResponse200:
        """Start a CLI login: ``polling_code`` (for the CLI), ``login_code`` (for the browser), ``expires_at``.

        ``expires_in_millis`` defaults to 2 hours on the backend (at most 24 hours). ``anon_refresh_token``
        upgrades an anonymous CLI user in place.

        >>> start = await s.auth.cli.initiate()  # doctest: +SKIP
        >>> start.login_code  # doctest: +SKIP
        'a1b2...'
        """
        if expires_in_millis is not None and (
            not isinstance(expires_in_millis, int)
            or isinstance(expires_in_millis, bool)
            or not 0 < expires_in_millis <= _MAX_EXPIRES_IN_MILLIS
        ):
            raise ValueError(
                f"expires_in_millis must be an integer between 1 and {_MAX_EXPIRES_IN_MILLIS} (24 h), "
                f"got {expires_in_millis!r}"
            )
        if anon_refresh_token is not None:
            non_empty_str("anon_refresh_token", anon_refresh_token)
        body = AuthCliInitiateBody(
            expires_in_millis=UNSET if expires_in_millis is None else expires_in_millis,
            anon_refresh_token=UNSET if anon_refresh_token is None else anon_refresh_token,
        )
        return await self._api.call("auth_cli_initiate", AuthCliInitiateResponse200, body=body)

    async def poll(self, polling_code: str) -> CliPollResult:
        """One poll: ``status`` is ``waiting``, ``success`` (with ``refresh_token``), ``expired`` or ``used``.

        >>> r = await s.auth.cli.poll(start.polling_code)  # doctest: +SKIP
        >>> r.status  # doctest: +SKIP
        'waiting'
        """
        verification_code("polling_code", polling_code, source="cli.initiate()")
        body = AuthCliPollBody(polling_code=polling_code)
        return await self._api.call("auth_cli_poll", CliPollResult, body=body)

    async def complete(self, login_code: str) -> None:
        """Browser side: confirm a CLI login for the view's signed-in user (hands the CLI a new session).

        >>> await s.as_user(request).auth.cli.complete(login_code)  # doctest: +SKIP
        """
        verification_code("login_code", login_code, source="cli.initiate()")
        store = require_store(self._api, "auth.cli.complete()")
        _, refresh = await store.get_tokens()
        if not refresh:
            raise UserNotSignedIn("auth.cli.complete() needs the signed-in user's refresh token")
        body = AuthCliCompleteBody(login_code=login_code, refresh_token=refresh)
        await self._api.call("auth_cli_complete", Success, body=body)

    async def prompt_cli_login(
        self,
        app_url: str,
        *,
        expires_in_millis: int | None = None,
        max_attempts: int | None = None,
        wait_time: float = 2.0,
        prompt_link: PromptLink | None = None,
        anon_refresh_token: str | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> str:
        """Run a whole CLI login and return the user's refresh token (not stored: keep it, e.g. in a keyring).

        Shows the login URL via ``prompt_link(url, login_code)`` (default: printed to stderr), then polls every
        ``wait_time`` seconds, at most ``max_attempts`` times (default: until the code expires).
        Raises ``CliAuthExpiredError`` (the code expired), ``CliAuthUsedError`` (already used) or
        ``CliAuthError`` (anything else, including running out of attempts).

        >>> refresh_token = await s.auth.cli.prompt_cli_login("https://app.example.com")  # doctest: +SKIP
        >>> me = s.as_user({"refresh_token": refresh_token})  # doctest: +SKIP
        """
        absolute_url("app_url", app_url)
        if max_attempts is not None and (
            not isinstance(max_attempts, int) or isinstance(max_attempts, bool) or max_attempts < 1
        ):
            raise ValueError(f"max_attempts must be None or an integer >= 1, got {max_attempts!r}")
        if not isinstance(wait_time, (int, float)) or isinstance(wait_time, bool) or wait_time < 0:
            raise ValueError(f"wait_time must be a number of seconds >= 0, got {wait_time!r}")
        start = await self.initiate(
            expires_in_millis=expires_in_millis, anon_refresh_token=anon_refresh_token
        )
        shown = (prompt_link or _print_prompt)(login_url(app_url, start.login_code), start.login_code)
        if inspect.isawaitable(shown):
            await shown
        attempt = 0
        while max_attempts is None or attempt < max_attempts:
            attempt += 1
            try:
                raw = await capture_raw(lambda: self.poll(start.polling_code))
            except APIResponseValidationError as exc:  # an unknown status value
                raise CliAuthError(f"Unexpected answer while polling for CLI authentication: {exc}") from exc
            result = raw.parsed
            if result.status == "waiting":
                if max_attempts is None or attempt < max_attempts:
                    await sleep(float(wait_time))
                continue
            if (
                result.status == "success"
                and raw.status_code == 201
                and isinstance(result.refresh_token, str)
            ):
                return result.refresh_token
            if result.status == "expired":
                raise CliAuthExpiredError("The CLI login code expired before the user confirmed it.")
            if result.status == "used":
                raise CliAuthUsedError("The CLI login code was already used.")
            raise CliAuthError(
                f"Unexpected CLI poll answer: status {result.status!r} (HTTP {raw.status_code})."
            )
        raise CliAuthError("Timed out waiting for CLI authentication.")
