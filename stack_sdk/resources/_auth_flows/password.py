"""``s.auth.password``: e-mail + password sign-up/sign-in, reset codes, password change."""

from __future__ import annotations

from stack_sdk_generated.models.auth_password_reset_body import AuthPasswordResetBody
from stack_sdk_generated.models.auth_password_send_reset_code_body import AuthPasswordSendResetCodeBody
from stack_sdk_generated.models.auth_password_send_reset_code_response_200 import (
    AuthPasswordSendResetCodeResponse200,
)
from stack_sdk_generated.models.auth_password_set_body import AuthPasswordSetBody
from stack_sdk_generated.models.auth_password_sign_in_body import AuthPasswordSignInBody
from stack_sdk_generated.models.auth_password_sign_up_body import AuthPasswordSignUpBody
from stack_sdk_generated.models.auth_password_update_body import AuthPasswordUpdateBody
from stack_sdk_generated.models.auth_tokens import AuthTokens
from stack_sdk_generated.models.code_body import CodeBody
from stack_sdk_generated.models.code_validity import CodeValidity
from stack_sdk_generated.models.success import Success
from stack_sdk_generated.types import UNSET

from ..._logs import logger
from ...errors import RedirectUrlNotWhitelisted
from .._args import absolute_url, non_empty_str, verification_code
from .._base import Resource
from ._common import SignInResult, remember_tokens, require_store


class Password(Resource):
    """E-mail + password flows (client or server access; ``update``/``set`` act for the view's user)."""

    async def sign_up(
        self,
        email: str,
        password: str,
        *,
        verification_callback_url: str | None = None,
        no_verification_callback: bool = False,
    ) -> SignInResult:
        """Create a user with an e-mail and password; the tokens go into the view's token store.

        If ``verification_callback_url`` is not a trusted domain, the sign-up is retried once without it
        (a warning is logged), as Stack's JS SDK does. ``no_verification_callback=True`` sends no URL.

        >>> r = await s.auth.password.sign_up("ada@example.com", "correct horse",
        ...     verification_callback_url="https://app.example.com/handler/email-verification")  # doctest: +SKIP
        >>> r.user_id  # doctest: +SKIP
        '3f1c...'
        """
        non_empty_str("email", email)
        non_empty_str("password", password, strip=False)
        if no_verification_callback and verification_callback_url is not None:
            raise ValueError(
                "sign_up(): pass either verification_callback_url or no_verification_callback=True, not both."
            )
        if verification_callback_url is not None:
            absolute_url("verification_callback_url", verification_callback_url)
        try:
            tokens = await self._sign_up(email, password, verification_callback_url)
        except RedirectUrlNotWhitelisted:
            if verification_callback_url is None:
                raise
            logger.warning(
                "sign_up(): verification_callback_url is not a trusted domain of this project; "
                "signing up without a verification e-mail link. Add the domain in the Stack dashboard."
            )
            tokens = await self._sign_up(email, password, None)
        return await remember_tokens(self._api, tokens)

    async def _sign_up(self, email: str, password: str, callback_url: str | None) -> AuthTokens:
        body = AuthPasswordSignUpBody(
            email=email,
            password=password,
            verification_callback_url=UNSET if callback_url is None else callback_url,
        )
        return await self._api.call("auth_password_sign_up", AuthTokens, body=body)

    async def sign_in(self, email: str, password: str) -> SignInResult:
        """Sign in with an e-mail and password; the tokens go into the view's token store.

        Raises ``EmailPasswordMismatch``, or ``MultiFactorAuthenticationRequired`` (use its ``attempt_code``
        with ``s.auth.mfa.sign_in``).

        >>> r = await s.auth.password.sign_in("ada@example.com", "correct horse")  # doctest: +SKIP
        """
        non_empty_str("email", email)
        non_empty_str("password", password, strip=False)
        body = AuthPasswordSignInBody(email=email, password=password)
        tokens = await self._api.call("auth_password_sign_in", AuthTokens, body=body)
        return await remember_tokens(self._api, tokens)

    async def send_reset_code(self, email: str, callback_url: str) -> None:
        """E-mail a password-reset link (``callback_url`` + ``?code=...``) if a user has this e-mail.

        Always succeeds for unknown e-mails (the backend does not reveal which e-mails exist).

        >>> await s.auth.password.send_reset_code("ada@example.com",
        ...     "https://app.example.com/handler/password-reset")  # doctest: +SKIP
        """
        non_empty_str("email", email)
        absolute_url("callback_url", callback_url)
        body = AuthPasswordSendResetCodeBody(email=email, callback_url=callback_url)
        await self._api.call("auth_password_send_reset_code", AuthPasswordSendResetCodeResponse200, body=body)

    async def verify_reset_code(self, code: str) -> bool:
        """Whether a password-reset code is still usable (without using it).

        An unknown, expired, used or over-tried code raises the ``VerificationError`` family, which says why.

        >>> await s.auth.password.verify_reset_code(code)  # doctest: +SKIP
        True
        """
        verification_code("code", code)
        r = await self._api.call("auth_password_check_reset_code", CodeValidity, body=CodeBody(code=code))
        return r.is_code_valid

    async def reset(self, code: str, password: str) -> None:
        """Set a new password with a reset code from the e-mail link.

        >>> await s.auth.password.reset(code, "new correct horse")  # doctest: +SKIP
        """
        verification_code("code", code)
        non_empty_str("password", password, strip=False)
        body = AuthPasswordResetBody(code=code, password=password)
        await self._api.call("auth_password_reset", Success, body=body)

    async def update(self, old_password: str, new_password: str) -> None:
        """Change the signed-in user's password; the user's other sessions are signed out.

        Acts for the view's user: ``s.as_user(tokens).auth.password.update(...)``. The current session
        survives because its refresh token travels with the request.

        >>> await s.as_user(tokens).auth.password.update("old horse", "new horse")  # doctest: +SKIP
        """
        non_empty_str("old_password", old_password, strip=False)
        non_empty_str("new_password", new_password, strip=False)
        require_store(self._api, "auth.password.update()")
        body = AuthPasswordUpdateBody(old_password=old_password, new_password=new_password)
        await self._api.call("auth_password_update", Success, body=body)

    async def set(self, password: str) -> None:
        """Give the signed-in user a password (for users who signed up without one, e.g. via OAuth).

        >>> await s.as_user(tokens).auth.password.set("correct horse")  # doctest: +SKIP
        """
        non_empty_str("password", password, strip=False)
        require_store(self._api, "auth.password.set()")
        await self._api.call("auth_password_set", Success, body=AuthPasswordSetBody(password=password))
