"""Protecting back ends: local access-token verification, request and API-key authentication.

Layout (each module one job; nothing here is imported by ``import stack_sdk``):

- ``_errors``   the typed rejections (401 / 403 / 503 classes with a stable ``code``); re-exported by
                :mod:`stack_sdk.errors`
- ``_claims``   :class:`AccessTokenClaims`, the verified claims (protocol §2.10)
- ``_core``     the verifier core: a key set in, claims or a typed error out; no I/O, no clock of its own
- ``_jwks``     the JWKS cache policy (max-age clamp, kid-miss rate limit, stale-on-error), I/O-free
- ``_verifier`` :class:`AccessTokenVerifier`: the async front and the sync front over the core + cache
- ``_request``  token extraction from any request-like object (headers, cookies)
- ``_api_keys`` API-key authentication with a short positive / negative TTL cache
"""
