"""A back end acting for the user behind a request (the front end sends its tokens in ``x-stack-auth``).

Works with any request object whose ``headers`` has ``.get()`` (Starlette/FastAPI, Django, Flask, httpx):

    sdk = StackSDK()                            # server access, from the environment
    user = await current_user(sdk, request)     # None when the request carries no valid session
"""

from __future__ import annotations

from typing import Any

from stack_sdk import StackSDK
from stack_sdk.errors import CannotGetOwnUserWithoutUser, InvalidAccessToken, RefreshTokenError


async def current_user(sdk: StackSDK, request: Any) -> Any:
    """The signed-in user of ``request``, or ``None``."""
    if not (request.headers.get("x-stack-auth") or "").strip():
        return None
    try:
        return await sdk.as_user(request).users.me()
    except (InvalidAccessToken, RefreshTokenError, CannotGetOwnUserWithoutUser):
        # A dead session: the SDK tried one refresh, which failed, so it sent no user token.
        return None
