"""``s.auth.mfa``: the second step of a sign-in that raised ``MultiFactorAuthenticationRequired``."""

from __future__ import annotations

import re
from typing import Final

from stack_sdk_generated.models.auth_mfa_sign_in_body import AuthMfaSignInBody
from stack_sdk_generated.models.auth_tokens import AuthTokens

from .._args import verification_code
from .._base import Resource
from ._common import SignInResult, remember_tokens

_TOTP: Final = re.compile(r"[0-9]{6}")  # RFC 6238 as Stack uses it: 6 digits, 30 s step


class Mfa(Resource):
    """Multi-factor sign-in with a TOTP code."""

    async def sign_in(self, totp: str, attempt_code: str) -> SignInResult:
        """Finish a sign-in with the user's 6-digit TOTP and the error's ``attempt_code`` (valid 5 minutes).

        >>> try:                                                        # doctest: +SKIP
        ...     r = await s.auth.password.sign_in(email, password)
        ... except MultiFactorAuthenticationRequired as e:
        ...     r = await s.auth.mfa.sign_in(input("TOTP: "), e.attempt_code)
        """
        if not isinstance(totp, str):
            raise TypeError(f"totp must be a string of 6 digits, got {type(totp).__name__}")
        totp = totp.replace(" ", "")
        if not _TOTP.fullmatch(totp):
            raise ValueError("totp must be the 6-digit code from the user's authenticator app, e.g. '123456'")
        verification_code("attempt_code", attempt_code, source="the MFA-required error")
        body = AuthMfaSignInBody(type_="totp", totp=totp, code=attempt_code)
        tokens = await self._api.call("auth_mfa_sign_in", AuthTokens, body=body)
        return await remember_tokens(self._api, tokens)
