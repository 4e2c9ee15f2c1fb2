"""Receive Stack webhooks in Starlette (and FastAPI, whose ``Request`` is Starlette's).

Example::

    from starlette.applications import Starlette
    from starlette.routing import Route
    from stack_sdk.webhooks import WebhookReceiver
    from stack_sdk.webhooks.starlette import endpoint

    receiver = WebhookReceiver(secret="whsec_...")
    app = Starlette(routes=[Route("/webhooks/stack", endpoint(receiver), methods=["POST"])])
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._receiver import WebhookReceiver

__all__ = ["endpoint"]


def endpoint(receiver: WebhookReceiver) -> Callable[[Request], Awaitable[Response]]:
    """An async Starlette/FastAPI endpoint: 400 for a bad delivery, 200 once the handlers returned.

    Plain (non-async) handlers run in the thread pool so they cannot block the event loop. A handler's
    exception propagates (the framework answers 500 and Svix retries the message).

    >>> from stack_sdk.webhooks import WebhookReceiver
    >>> callable(endpoint(WebhookReceiver("whsec_c2VjcmV0")))
    True
    """

    async def stack_webhook(request: Request) -> Response:
        outcome = receiver.receive(await request.body(), request.headers)
        if outcome.event is not None:
            try:
                for handler in outcome.handlers:
                    if inspect.iscoroutinefunction(handler):
                        await handler(outcome.event)
                    else:
                        result = await run_in_threadpool(handler, outcome.event)
                        if inspect.isawaitable(result):
                            await result
            except BaseException:
                receiver.failed(outcome.event)
                raise
        return JSONResponse(outcome.body, status_code=outcome.status)

    return stack_webhook
