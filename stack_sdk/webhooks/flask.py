"""Receive Stack webhooks in Flask: a view function (or a one-route blueprint).

Example::

    from flask import Flask
    from stack_sdk.webhooks import UserCreatedEvent, WebhookReceiver
    from stack_sdk.webhooks.flask import blueprint

    receiver = WebhookReceiver(secret="whsec_...")

    @receiver.on(UserCreatedEvent)
    def welcome(event: UserCreatedEvent) -> None: ...

    app = Flask(__name__)
    app.register_blueprint(blueprint(receiver, path="/webhooks/stack"))
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable

from flask import Blueprint, Response, jsonify, request

from ._receiver import WebhookReceiver

__all__ = ["blueprint", "view"]


def view(receiver: WebhookReceiver) -> Callable[[], tuple[Response, int]]:
    """A Flask view: 400 for a bad delivery, 200 once the handlers returned (async handlers are run to
    completion with ``asyncio.run``). A handler's exception propagates (Flask answers 500, Svix retries).

    >>> from stack_sdk.webhooks import WebhookReceiver
    >>> view(WebhookReceiver("whsec_c2VjcmV0")).__name__
    'stack_webhook'
    """

    def stack_webhook() -> tuple[Response, int]:
        # the raw bytes: re-serialised JSON would not match the signature
        outcome = receiver.receive(request.get_data(cache=True), request.headers.items())
        if outcome.event is not None:
            try:
                for handler in outcome.handlers:
                    result = handler(outcome.event)
                    if inspect.iscoroutine(result):
                        asyncio.run(result)
            except BaseException:
                receiver.failed(outcome.event)
                raise
        return jsonify(outcome.body), outcome.status

    return stack_webhook


def blueprint(
    receiver: WebhookReceiver, path: str = "/webhooks/stack", name: str = "stack_webhooks"
) -> Blueprint:
    """A blueprint with ``POST path`` bound to :func:`view` (no CSRF: Svix signs instead of a form token).

    >>> from stack_sdk.webhooks import WebhookReceiver
    >>> blueprint(WebhookReceiver("whsec_c2VjcmV0")).name
    'stack_webhooks'
    """
    bp = Blueprint(name, __name__)
    bp.add_url_rule(path, view_func=view(receiver), methods=["POST"])
    return bp
