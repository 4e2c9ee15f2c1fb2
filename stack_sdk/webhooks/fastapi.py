"""Receive Stack webhooks in FastAPI: an ``APIRouter`` with one POST route.

Example::

    from fastapi import FastAPI
    from stack_sdk.webhooks import UserCreatedEvent, WebhookReceiver
    from stack_sdk.webhooks.fastapi import router

    receiver = WebhookReceiver(secret="whsec_...")

    @receiver.on(UserCreatedEvent)
    async def welcome(event: UserCreatedEvent) -> None: ...

    app = FastAPI()
    app.include_router(router(receiver, path="/webhooks/stack"))
"""

from __future__ import annotations

from fastapi import APIRouter

from ._receiver import WebhookReceiver
from .starlette import endpoint

__all__ = ["router"]


def router(receiver: WebhookReceiver, path: str = "/webhooks/stack") -> APIRouter:
    """A router answering ``POST path`` with ``receiver`` (left out of the OpenAPI schema: Svix calls it).

    >>> from stack_sdk.webhooks import WebhookReceiver
    >>> [r.path for r in router(WebhookReceiver("whsec_c2VjcmV0")).routes]
    ['/webhooks/stack']
    """
    api = APIRouter()
    api.add_api_route(path, endpoint(receiver), methods=["POST"], include_in_schema=False)
    return api
