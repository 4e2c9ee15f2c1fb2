"""``s.auth.otp``: magic-link / one-time-code sign-in by e-mail."""

from __future__ import annotations

from stack_sdk_generated.models.auth_otp_send_sign_in_code_body import AuthOtpSendSignInCodeBody
from stack_sdk_generated.models.auth_otp_send_sign_in_code_response_200 import (
    AuthOtpSendSignInCodeResponse200,
)
from stack_sdk_generated.models.auth_tokens import AuthTokens
from stack_sdk_generated.models.code_body import CodeBody
from stack_sdk_generated.models.code_validity import CodeValidity

from .._args import absolute_url, non_empty_str, verification_code
from .._base import Resource
from ._common import SignInResult, remember_tokens


def _full_code(code: str, nonce: str | None) -> str:
    verification_code("code", code)
    if nonce is None:
        return code
    # A typed 6-digit OTP is only half of the code: the backend expects otp + nonce (what the JS UI sends).
    return code + verification_code("nonce", nonce)


class Otp(Resource):
    """E-mail one-time codes: the e-mail holds a magic link (``?code=...``) and a 6-digit code."""

    async def send_sign_in_code(self, email: str, callback_url: str) -> str:
        """E-mail a sign-in link/code; returns the ``nonce`` needed to sign in with the typed 6-digit code.

        >>> nonce = await s.auth.otp.send_sign_in_code("ada@example.com",
        ...     "https://app.example.com/handler/magic-link-callback")  # doctest: +SKIP
        """
        non_empty_str("email", email)
        absolute_url("callback_url", callback_url)
        body = AuthOtpSendSignInCodeBody(email=email, callback_url=callback_url)
        r = await self._api.call("auth_otp_send_sign_in_code", AuthOtpSendSignInCodeResponse200, body=body)
        return r.nonce

    async def sign_in(self, code: str, *, nonce: str | None = None) -> SignInResult:
        """Sign in (or sign up) with the magic link's ``code``, or with a typed 6-digit code + ``nonce``.

        May raise ``MultiFactorAuthenticationRequired`` (continue with ``s.auth.mfa.sign_in``).

        >>> r = await s.auth.otp.sign_in(code_from_link)  # doctest: +SKIP
        >>> r = await s.auth.otp.sign_in("123456", nonce=nonce)  # doctest: +SKIP
        """
        body = CodeBody(code=_full_code(code, nonce))
        tokens = await self._api.call("auth_otp_sign_in", AuthTokens, body=body)
        return await remember_tokens(self._api, tokens)

    async def check_code(self, code: str, *, nonce: str | None = None) -> bool:
        """Whether a sign-in code is still usable, without using it (``VerificationError`` family says why not).

        >>> await s.auth.otp.check_code(code_from_link)  # doctest: +SKIP
        True
        """
        body = CodeBody(code=_full_code(code, nonce))
        r = await self._api.call("auth_otp_check_code", CodeValidity, body=body)
        return r.is_code_valid
