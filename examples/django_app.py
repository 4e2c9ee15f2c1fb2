"""A single-file Django project protected by Stack: middleware + decorators, sync and async views.

Run it (server access from HEXCLAVE_* / STACK_* in the environment)::

    pip install 'stack-sdk[django]'
    python examples/django_app.py runserver
"""

from __future__ import annotations

import sys
from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import path

from stack_sdk import StackSDK
from stack_sdk.integrations.django import get_stack, requires_api_key, requires_auth, requires_permission


def configure(sdk: StackSDK, **extra: Any) -> None:
    """Django settings for this one-file app (a real project puts these in settings.py)."""
    settings.configure(
        DEBUG=False,
        SECRET_KEY="example-only-not-secret",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=["stack_sdk.integrations.django.StackMiddleware"],
        STACK_AUTH={"SDK": sdk},
        **extra,
    )
    import django

    django.setup()


def whoami(request: HttpRequest) -> JsonResponse:
    user = request.stack_user  # type: ignore[attr-defined]  # set by StackMiddleware: None when signed out
    return JsonResponse({"id": user.user_id if user else None})


@requires_auth
def me(request: HttpRequest) -> JsonResponse:
    user = request.stack_user  # type: ignore[attr-defined]
    return JsonResponse({"id": user.user_id, "email": user.claims.email})


@requires_auth
async def profile(request: HttpRequest) -> JsonResponse:
    full = await get_stack().auser(request.stack_user)  # type: ignore[attr-defined]
    return JsonResponse({"display_name": full.display_name})


@requires_permission("admin")
async def admin(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"admin": request.stack_user.user_id})  # type: ignore[attr-defined]


@requires_api_key
def usage(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"user_id": request.stack_api_key.user_id})  # type: ignore[attr-defined]


urlpatterns = [
    path("whoami", whoami),
    path("me", me),
    path("profile", profile),
    path("admin", admin),
    path("api/usage", usage),
]


if __name__ == "__main__":  # pragma: no cover - a manual entry point
    from django.core.management import execute_from_command_line

    configure(StackSDK())
    execute_from_command_line(sys.argv)
