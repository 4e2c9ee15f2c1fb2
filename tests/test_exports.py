"""The public surface is deliberate: a name added to or dropped from ``stack_sdk`` shows up here."""

from __future__ import annotations

import subprocess
import sys

import stack_sdk

PUBLIC = {
    "AccessTokenClaims", "AccessTokenVerifier", "ApiKeyOwner", "AuthenticatedUser",
    "NOT_GIVEN", "AccessType", "AsyncPaginator", "MemoryTokenStore", "NotGiven", "Page", "RawResponse",
    "StackSDK", "TokenPair", "TokenStore", "__version__", "errors",
}


def test_all_is_pinned() -> None:
    assert set(stack_sdk.__all__) == PUBLIC
    for name in PUBLIC:
        assert hasattr(stack_sdk, name), name


def test_import_pulls_in_no_generated_code_no_tenacity_no_framework() -> None:
    code = ("import sys, stack_sdk; bad = [m for m in sys.modules if m.startswith(('stack_sdk_generated.models',"
            " 'stack_sdk_generated.api', 'tenacity', 'starlette', 'uvicorn', 'jwt', 'stack_sdk.resources.',"
            " 'stack_sdk.testing', 'cryptography', 'fastapi', 'flask', 'django', 'stack_sdk.integrations',"
            " 'stack_sdk._verify._core'))]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
