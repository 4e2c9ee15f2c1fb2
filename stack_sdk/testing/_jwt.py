"""ES256 signing keys, access-token minting/decoding and the JWKS document of the fake server.

Like the real backend, keys come in three sets: the regular one, one for restricted users and one for
anonymous users. ``GET .../jwks.json`` lists the regular keys; ``include_restricted=true`` adds the
restricted keys; ``include_anonymous=true`` adds both the restricted and the anonymous keys.
Tokens carry a ``kid`` and no ``typ`` header, exactly as observed.

Rotation: :meth:`KeyRing.rotate` puts a new key first in every set (new tokens use it); the previous
keys stay published (tokens signed with them keep verifying) unless ``drop_old=True``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any, Literal

import jwt
from cryptography.hazmat.primitives.asymmetric import ec

KeySet = Literal["regular", "restricted", "anonymous"]
_SETS: tuple[KeySet, ...] = ("regular", "restricted", "anonymous")


@dataclass
class _Key:
    kid: str
    private: ec.EllipticCurvePrivateKey

    def public_jwk(self) -> dict[str, Any]:
        jwk: dict[str, Any] = jwt.algorithms.ECAlgorithm.to_jwk(self.private.public_key(), as_dict=True)
        return {"alg": "ES256", "crv": jwk["crv"], "kid": self.kid, "kty": "EC", "x": jwk["x"], "y": jwk["y"]}


def _new_key() -> _Key:
    # 12 url-safe characters, like the real kids ("CXtv9bU4zGcB")
    return _Key(kid=secrets.token_urlsafe(9), private=ec.generate_private_key(ec.SECP256R1()))


class TokenError(Exception):
    """Why an incoming access token was rejected: ``unparsable`` or ``foreign`` (another project's)."""

    def __init__(self, kind: Literal["unparsable", "foreign"], claims: dict[str, Any] | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.claims = claims or {}


class KeyRing:
    """The signing keys of one fake project."""

    def __init__(self) -> None:
        self._sets: dict[KeySet, list[_Key]] = {name: [_new_key()] for name in _SETS}

    def rotate(self, *, drop_old: bool = False) -> None:
        for name in _SETS:
            keys = self._sets[name]
            self._sets[name] = [_new_key()] if drop_old else [_new_key(), *keys]

    def jwks(self, *, include_restricted: bool = False, include_anonymous: bool = False) -> dict[str, Any]:
        names: list[KeySet] = ["regular"]
        if include_restricted or include_anonymous:
            names.append("restricted")
        if include_anonymous:
            names.append("anonymous")
        return {"keys": [k.public_jwk() for n in names for k in self._sets[n]]}

    def sign(self, claims: dict[str, Any], key_set: KeySet) -> str:
        key = self._sets[key_set][0]
        return jwt.encode(claims, key.private, algorithm="ES256", headers={"kid": key.kid, "typ": None})

    def decode(self, token: str, project_id: str) -> dict[str, Any]:
        """Verify the signature and return the claims (expiry is checked by the caller's clock)."""
        try:
            header = jwt.get_unverified_header(token)
            unverified: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise TokenError("unparsable") from None
        if not isinstance(unverified.get("project_id"), str) or not isinstance(unverified.get("sub"), str):
            raise TokenError("unparsable")
        if unverified["project_id"] != project_id:
            # the real backend verifies against that project's keys first; we cannot, so trust the claim
            raise TokenError("foreign", unverified)
        key = next((k for keys in self._sets.values() for k in keys if k.kid == header.get("kid")), None)
        if key is None:
            raise TokenError("unparsable")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.private.public_key(),
                algorithms=["ES256"],
                options={"verify_exp": False, "verify_aud": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError:
            raise TokenError("unparsable") from None
        return claims
