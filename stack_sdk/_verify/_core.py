"""The verifier core: a key set in, claims or a typed error out. No I/O, no clock of its own.

Order of checks (each failure raises :class:`InvalidTokenError` with its code):

1. shape: three base64url segments, at most ``MAX_TOKEN_CHARS`` (``token_malformed``)
2. header: JSON with ``alg`` and ``kid`` (``invalid_header``); ``alg`` must be ES256 (``algorithm_not_allowed``:
   never ``none``, never HMAC, so a public key can never be used as an HMAC secret)
3. payload: a JSON object with ``sub`` and a numeric ``exp`` (``token_malformed``)
4. audience then issuer (``invalid_audience``, ``anonymous_not_allowed``, ``restricted_not_allowed``,
   ``invalid_issuer``). These come before the key lookup so another project's token, or a token of a kind
   this route does not accept, is turned away without asking for a fresh JWKS (no refetch amplification).
5. key by ``kid`` (``unknown_key``) and the ECDSA P-256 / SHA-256 signature (``invalid_signature``)
6. ``exp`` / ``nbf`` / ``iat`` with leeway (``token_expired``, ``token_not_yet_valid``), then the
   anonymous / restricted flags of the (now authentic) claims.

Speed (see ``benchmarks/bench_verify.py``): one regex for the shape, parsed headers cached by their
base64 text (tokens signed by one key share the header), public keys parsed once per JWKS, and
``cryptography`` called directly.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from ._claims import AccessTokenClaims
from ._errors import InvalidTokenError

TokenKind = Literal["regular", "restricted", "anonymous"]

# Real tokens are ~700 characters; anything this long is an attack or a mistake, rejected before any work.
MAX_TOKEN_CHARS: Final = 16_384
DEFAULT_LEEWAY: Final = 5.0
# the signature may be empty so that an unsigned (alg "none") token is named for what it is
_SHAPE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_ECDSA_SHA256: Final = ec.ECDSA(hashes.SHA256())
_HEADER_CACHE_MAX: Final = 256
_ISSUER_PATH: Final[dict[TokenKind, str]] = {
    "regular": "projects",
    "restricted": "projects-restricted-users",
    "anonymous": "projects-anonymous-users",
}
# The two public hosts serve one backend and a user's tokens may carry either issuer (protocol §0.5).
_PUBLIC_HOSTS: Final = ("https://api.stack-auth.com", "https://api.hexclave.com")


_URLSAFE: Final = bytes.maketrans(b"-_", b"+/")


def _b64(segment: str) -> bytes:
    # base64.urlsafe_b64decode without its generic argument handling (the shape was checked by _SHAPE)
    return binascii.a2b_base64(segment.encode("ascii").translate(_URLSAFE) + b"=" * (-len(segment) % 4))


class KeySet:
    """The ES256 public keys of a JWKS document, parsed once, by ``kid``.

    Keys that are not EC P-256 (``oct`` HMAC keys, RSA, other curves) are skipped, never used.

    >>> KeySet.from_jwks({"keys": []}).kids
    ()
    """

    __slots__ = ("_keys",)

    def __init__(self, keys: Mapping[str, ec.EllipticCurvePublicKey]) -> None:
        self._keys = dict(keys)

    @classmethod
    def from_jwks(cls, doc: object) -> KeySet:
        """Parse a JWKS (a dict, or its JSON text). Raises ``ValueError`` naming what is wrong."""
        if isinstance(doc, (str, bytes)):
            try:
                doc = json.loads(doc)
            except ValueError:
                raise ValueError("the JWKS is not valid JSON") from None
        if not isinstance(doc, Mapping) or not isinstance(doc.get("keys"), list):
            raise ValueError('a JWKS must be a JSON object {"keys": [...]}')
        keys: dict[str, ec.EllipticCurvePublicKey] = {}
        for jwk in doc["keys"]:
            if not isinstance(jwk, Mapping) or jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
                continue
            if jwk.get("alg", "ES256") != "ES256" or jwk.get("use", "sig") != "sig":
                continue
            kid, x, y = jwk.get("kid"), jwk.get("x"), jwk.get("y")
            if not (isinstance(kid, str) and isinstance(x, str) and isinstance(y, str)):
                continue
            try:
                numbers = ec.EllipticCurvePublicNumbers(
                    int.from_bytes(_b64(x), "big"), int.from_bytes(_b64(y), "big"), ec.SECP256R1()
                )
                keys[kid] = numbers.public_key()
            except (ValueError, binascii.Error):
                continue  # not a point on the curve: unusable, as if absent
        return cls(keys)

    @property
    def kids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def get(self, kid: str) -> ec.EllipticCurvePublicKey | None:
        return self._keys.get(kid)

    def __contains__(self, kid: object) -> bool:
        return kid in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"KeySet(kids={list(self._keys)!r})"


def issuers_for(
    base_url: str, project_id: str, extra_bases: Iterable[str] = ()
) -> dict[TokenKind, frozenset[str]]:
    """The accepted ``iss`` values per token kind for a deployment (protocol §0.5, §2.10).

    >>> sorted(issuers_for("https://api.hexclave.com", "p")["regular"])
    ['https://api.hexclave.com/api/v1/projects/p', 'https://api.stack-auth.com/api/v1/projects/p']
    """
    base = base_url.rstrip("/")
    bases = {base, *(b.rstrip("/") for b in extra_bases)}
    if base in _PUBLIC_HOSTS:
        bases.update(_PUBLIC_HOSTS)
    return {
        kind: frozenset(f"{b}/api/v1/{path}/{project_id}" for b in bases)
        for kind, path in _ISSUER_PATH.items()
    }


@dataclass(frozen=True)
class Policy:
    """What one route accepts: project, issuers, leeway, and whether anonymous / restricted users may in."""

    project_id: str
    issuers: Mapping[TokenKind, frozenset[str]]
    leeway: float = DEFAULT_LEEWAY
    allow_anonymous: bool = False
    allow_restricted: bool = False

    def __post_init__(self) -> None:
        if not self.project_id:
            raise ValueError("project_id must be a non-empty string")
        if (
            not isinstance(self.leeway, (int, float))
            or isinstance(self.leeway, bool)
            or not 0 <= self.leeway <= 300
        ):
            raise ValueError(f"leeway must be a number of seconds between 0 and 300, got {self.leeway!r}")
        for url in (u for s in self.issuers.values() for u in s):
            if not urlsplit(url).scheme:
                raise ValueError(f"issuer {url!r} is not a URL")

        p = self.project_id
        object.__setattr__(
            self, "_audiences", {p: "regular", f"{p}:restricted": "restricted", f"{p}:anon": "anonymous"}
        )

    def audiences(self) -> dict[str, TokenKind]:
        return self._audiences  # type: ignore[attr-defined, no-any-return]


class Parsed(NamedTuple):
    """A token that passed the checks that need no key (steps 1-4)."""

    kid: str
    signing_input: bytes
    signature: bytes
    payload: dict[str, Any]
    kind: TokenKind


_header_cache: dict[str, str] = {}  # header segment -> kid, for headers that passed step 2


def _kid_of(segment: str) -> str:
    kid = _header_cache.get(segment)
    if kid is not None:
        return kid
    try:
        header = json.loads(_b64(segment))
    except (ValueError, binascii.Error):
        raise InvalidTokenError("invalid_header", "The token header is not base64url-encoded JSON.") from None
    if not isinstance(header, dict):
        raise InvalidTokenError("invalid_header", "The token header is not a JSON object.")
    alg = header.get("alg")
    if alg != "ES256":
        raise InvalidTokenError(
            "algorithm_not_allowed", f"The token algorithm {str(alg)[:20]!r} is not allowed (only ES256)."
        )
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid or len(kid) > 256:
        raise InvalidTokenError("invalid_header", "The token header has no key id (kid).")
    if "crit" in header:  # RFC 7515, section 4.1.11: unknown critical extensions must be rejected
        raise InvalidTokenError(
            "invalid_header", "The token header has critical extensions we do not support."
        )
    if len(_header_cache) >= _HEADER_CACHE_MAX:
        _header_cache.clear()  # headers are few (one per key); a flood of distinct ones just resets
    _header_cache[segment] = kid
    return kid


def parse(token: object, policy: Policy) -> Parsed:
    """Steps 1-4: everything that needs no key. Raises :class:`InvalidTokenError`."""
    if not isinstance(token, str) or not token:
        raise InvalidTokenError("token_missing", "No access token was presented.")
    if len(token) > MAX_TOKEN_CHARS:
        raise InvalidTokenError("token_malformed", f"The token is longer than {MAX_TOKEN_CHARS} characters.")
    if _SHAPE.fullmatch(token) is None:
        raise InvalidTokenError("token_malformed", "The token is not a JWT (three base64url segments).")
    h, p, s = token.split(".")
    kid = _kid_of(h)
    try:
        payload = json.loads(_b64(p).decode())  # str: json skips its encoding detection
        signature = _b64(s)
    except (ValueError, binascii.Error):
        raise InvalidTokenError(
            "token_malformed", "The token payload is not base64url-encoded JSON."
        ) from None
    if not isinstance(payload, dict):
        raise InvalidTokenError("token_malformed", "The token payload is not a JSON object.")
    sub, exp = payload.get("sub"), payload.get("exp")
    if not isinstance(sub, str) or not sub:
        raise InvalidTokenError("token_malformed", "The token has no subject (sub).")
    if not isinstance(exp, (int, float)) or isinstance(exp, bool):
        raise InvalidTokenError("token_malformed", "The token has no numeric expiry (exp).")
    kind = _audience_kind(payload.get("aud"), policy)
    iss = payload.get("iss")
    if not isinstance(iss, str) or iss not in policy.issuers[kind]:
        raise InvalidTokenError(
            "invalid_issuer", "The token was not issued by this deployment's Stack project."
        )
    return Parsed(kid, token[: len(h) + len(p) + 1].encode("ascii"), signature, payload, kind)


def _audience_kind(aud: object, policy: Policy) -> TokenKind:
    known = policy.audiences()
    if isinstance(aud, str):
        kind = known.get(aud)
    else:
        values = aud if isinstance(aud, list) else []
        kind = next((known[a] for a in values if isinstance(a, str) and a in known), None)
    if kind is None:
        raise InvalidTokenError("invalid_audience", "The token is not meant for this project (audience).")
    if kind == "anonymous" and not policy.allow_anonymous:
        raise InvalidTokenError("anonymous_not_allowed", "Anonymous users are not allowed here.")
    if kind == "restricted" and not policy.allow_restricted:
        raise InvalidTokenError("restricted_not_allowed", "Restricted users are not allowed here.")
    return kind


def check_signature(parsed: Parsed, keys: KeySet) -> None:
    """Step 5. ``unknown_key`` when the kid is not in ``keys`` (the caller may refetch once and retry)."""
    key = keys.get(parsed.kid)
    if key is None:
        raise InvalidTokenError("unknown_key", "The token was signed by a key this project does not publish.")
    sig = parsed.signature
    if len(sig) != 64:  # JWS ES256 signatures are raw r || s, 32 bytes each (RFC 7518, section 3.4)
        raise InvalidTokenError("invalid_signature", "The token signature is not a P-256 signature.")
    der = encode_dss_signature(int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big"))
    try:
        key.verify(der, parsed.signing_input, _ECDSA_SHA256)
    except InvalidSignature:
        raise InvalidTokenError("invalid_signature", "The token signature does not verify.") from None


def check_claims(parsed: Parsed, policy: Policy, now: float) -> AccessTokenClaims:
    """Step 6: times with leeway, then the user-kind flags. Returns the typed claims."""
    p = parsed.payload
    leeway = policy.leeway
    if p["exp"] <= now - leeway:
        raise InvalidTokenError("token_expired", "The access token has expired.")
    for name in ("nbf", "iat"):
        v = p.get(name)
        if v is None:
            continue
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise InvalidTokenError("token_malformed", f"The token's {name} claim is not a number.")
        if v > now + leeway:
            raise InvalidTokenError(
                "token_not_yet_valid", f"The token is not valid yet ({name} in the future)."
            )
    check_flags(p, policy)
    return AccessTokenClaims.from_payload(p)


def check_flags(p: Mapping[str, Any], policy: Policy) -> None:
    """Anonymous users are restricted too (reason ``anonymous``): ``allow_anonymous`` admits them."""
    if p.get("is_anonymous") is True:
        if not policy.allow_anonymous:
            raise InvalidTokenError("anonymous_not_allowed", "Anonymous users are not allowed here.")
    elif p.get("is_restricted") is True and not policy.allow_restricted:
        raise InvalidTokenError("restricted_not_allowed", "Restricted users are not allowed here.")


def verify(token: object, keys: KeySet, policy: Policy, now: float) -> AccessTokenClaims:
    """All six steps against a fixed key set.

    >>> verify("not-a-jwt", KeySet({}), Policy("p", issuers_for("https://api.stack-auth.com", "p")), 0.0)
    Traceback (most recent call last):
    stack_sdk._verify._errors.InvalidTokenError: token_malformed: The token is not a JWT (three base64url segments).
    """
    parsed = parse(token, policy)
    check_signature(parsed, keys)
    return check_claims(parsed, policy, now)
