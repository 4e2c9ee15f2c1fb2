"""Local access-token verification: StackSDK's verifier vs PyJWT vs a bare cryptography ECDSA verify.

20,000 distinct valid ES256 tokens with Stack's real claim set, JWKS cached (static), verified by
- the SDK: ``await AccessTokenVerifier.verify(token)`` (every check: shape, header, aud, iss, kid, signature,
  exp/nbf/iat, typed claims, the verified-token LRU insert);
- PyJWT: ``jwt.decode(token, key, algorithms=["ES256"], audience=..., issuer=...)`` with the key object cached,
  as Stack's docs show;
- bare: ``public_key.verify(der_signature, signing_input, ECDSA(SHA256))`` with the inputs pre-computed
  (the floor: nothing but the elliptic-curve math).
Then one token verified 20,000 times (SDK: an LRU hit; PyJWT: a full decode each time).
CPU time (``time.process_time``), best of 5 rounds, interleaved. Last line: the ratios.

Run: ``.venv/bin/python benchmarks/bench_verify.py [--rounds 5] [--tokens 20000]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import sys
import time
from collections.abc import Callable

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from stack_sdk import AccessTokenVerifier  # noqa: E402

PROJECT = "0c1d2e3f-4a5b-4c6d-8e7f-000000000001"
BASE = "https://api.stack-auth.com"
ISS = f"{BASE}/api/v1/projects/{PROJECT}"
KID = "CXtv9bU4zGcB"


def make_tokens(n: int, key: ec.EllipticCurvePrivateKey, now: int) -> list[str]:
    tokens = []
    for i in range(n):
        claims = {
            "sub": f"3f1c4a4e-8a1b-4c2e-9a57-{i:012d}",
            "branch_id": "main",
            "refresh_token_id": f"rt-{i}",
            "iat": now,
            "exp": now + 600,
            "iss": ISS,
            "aud": PROJECT,
            "project_id": PROJECT,
            "role": "authenticated",
            "name": "Bench User",
            "email": f"user{i}@example.com",
            "email_verified": True,
            "selected_team_id": None,
            "is_anonymous": False,
            "is_restricted": False,
            "restricted_reason": None,
            "requires_totp_mfa": False,
            "signed_up_at": now - 86400,
        }
        tokens.append(jwt.encode(claims, key, algorithm="ES256", headers={"kid": KID, "typ": None}))
    return tokens


def b64d(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def timed(fn: Callable[[], None]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=20_000)
    args = parser.parse_args()

    now = int(time.time())
    key = ec.generate_private_key(ec.SECP256R1())
    jwk = {**jwt.algorithms.ECAlgorithm.to_jwk(key.public_key(), as_dict=True), "kid": KID, "alg": "ES256"}
    jwks = {"keys": [jwk]}
    print(f"signing {args.tokens} tokens...", file=sys.stderr)
    tokens = make_tokens(args.tokens, key, now)
    pub = jwt.PyJWKSet.from_dict(jwks)[KID].key  # cached key object, as Stack's docs show
    ecdsa = ec.ECDSA(hashes.SHA256())
    bare_inputs = []
    for t in tokens:
        h, p, s = t.split(".")
        sig = b64d(s)
        der = encode_dss_signature(int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big"))
        bare_inputs.append((der, f"{h}.{p}".encode()))
    repeated = tokens[0]
    n = len(tokens)

    def sdk_distinct() -> None:
        v = AccessTokenVerifier(PROJECT, base_url=BASE, jwks=jwks)  # a fresh LRU: every token is a miss

        async def run() -> None:
            for t in tokens:
                await v.verify(t)

        asyncio.run(run())

    def pyjwt_distinct() -> None:
        for t in tokens:
            jwt.decode(t, pub, algorithms=["ES256"], audience=PROJECT, issuer=ISS)

    def bare_distinct() -> None:
        verify = pub.verify
        for der, data in bare_inputs:
            verify(der, data, ecdsa)

    def sdk_repeated() -> None:
        v = AccessTokenVerifier(PROJECT, base_url=BASE, jwks=jwks)

        async def run() -> None:
            for _ in range(n):
                await v.verify(repeated)

        asyncio.run(run())

    def pyjwt_repeated() -> None:
        for _ in range(n):
            jwt.decode(repeated, pub, algorithms=["ES256"], audience=PROJECT, issuer=ISS)

    cases = {
        "sdk": sdk_distinct,
        "pyjwt": pyjwt_distinct,
        "bare": bare_distinct,
        "sdk_repeat": sdk_repeated,
        "pyjwt_repeat": pyjwt_repeated,
    }
    best = dict.fromkeys(cases, float("inf"))
    for r in range(args.rounds):
        for name, fn in cases.items():
            best[name] = min(best[name], timed(fn))
        print(
            f"round {r + 1}: " + ", ".join(f"{k} {v * 1e6 / n:.1f} us" for k, v in best.items()),
            file=sys.stderr,
        )

    print(
        f"distinct tokens ({n}): sdk {best['sdk'] * 1e6 / n:.1f} us, pyjwt {best['pyjwt'] * 1e6 / n:.1f} us, "
        f"bare verify {best['bare'] * 1e6 / n:.1f} us per token (CPU, best of {args.rounds})"
    )
    print(
        f"repeated token ({n}x): sdk {best['sdk_repeat'] * 1e6 / n:.2f} us, "
        f"pyjwt {best['pyjwt_repeat'] * 1e6 / n:.1f} us per call"
    )
    print(
        f"throughput vs PyJWT distinct: {best['pyjwt'] / best['sdk']:.2f}x (target >= 1.0x); "
        f"time vs bare verify: {best['sdk'] / best['bare']:.2f}x (target <= 1.3x); "
        f"repeated vs PyJWT: {best['pyjwt_repeat'] / best['sdk_repeat']:.1f}x (target >= 20x)"
    )


if __name__ == "__main__":
    main()
