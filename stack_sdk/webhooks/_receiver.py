"""``WebhookReceiver``: verify, de-duplicate and dispatch by event type, independent of any web framework."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._errors import WebhookVerificationError
from ._events import AnyEvent
from ._model import Event
from ._replay import ReplayCache, ReplayStore
from ._verify import DEFAULT_TOLERANCE, HeadersLike, secret_bytes

Handler = Callable[[Any], Any]
H = TypeVar("H", bound=Handler)
_DEFAULT: Any = object()


@dataclass
class Outcome:
    """What a framework adapter should do with one request: run ``handlers`` on ``event``, answer ``status``."""

    status: int
    body: dict[str, Any]
    event: AnyEvent | None = None
    handlers: list[Handler] = field(default_factory=list)


class WebhookReceiver:
    """Verifies Stack webhook deliveries and calls the handlers registered for their event type.

    Mount it with :func:`stack_sdk.webhooks.flask.flask_view`, :func:`stack_sdk.webhooks.starlette.endpoint`
    or :func:`stack_sdk.webhooks.fastapi.router`. A forged, stale or malformed request is answered 400 (never
    500); a delivery whose ``svix-id`` was already handled is answered 200 without calling handlers again
    (Svix retries a message whose response it did not get); a handler that raises leaves the id unrecorded,
    so Svix's retry runs it again.

    Example::

        from stack_sdk.webhooks import UserCreatedEvent, WebhookReceiver

        receiver = WebhookReceiver(secret="whsec_...")

        @receiver.on(UserCreatedEvent)
        def welcome(event: UserCreatedEvent) -> None:
            print("new user", event.data.id)
    """

    def __init__(
        self,
        secret: str | bytes,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        replay_cache: ReplayStore | None = _DEFAULT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        secret_bytes(secret)  # fail at start-up, not on the first delivery
        self._secret = secret
        self.tolerance = tolerance
        self.clock = clock
        self.replay_cache: ReplayStore | None = (
            ReplayCache(tolerance, clock=clock) if replay_cache is _DEFAULT else replay_cache
        )
        self._handlers: dict[str, list[Handler]] = {}

    def __repr__(self) -> str:  # the secret never shows
        return f"WebhookReceiver(events={sorted(self._handlers)}, tolerance={self.tolerance})"

    def on(self, *event_types: str | type[Event]) -> Callable[[H], H]:
        """Register the decorated function for these event types (a class, or its ``type`` string).

        ``"*"`` registers a fallback for events without a specific handler (``UnknownEvent`` included).
        Handlers may be plain or ``async`` functions.
        """
        if not event_types:
            raise TypeError("on() needs at least one event type, e.g. @receiver.on(UserCreatedEvent)")
        names: list[str] = []
        for item in event_types:
            name = item if isinstance(item, str) else getattr(item, "type", None)
            if not isinstance(name, str):
                raise TypeError(f"on() takes event classes or type strings, got {item!r}")
            names.append(name)

        def register(func: H) -> H:
            for name in names:
                self._handlers.setdefault(name, []).append(func)
            return func

        return register

    def handlers_for(self, event: AnyEvent) -> list[Handler]:
        return list(self._handlers.get(event.type) or self._handlers.get("*", []))

    def parse(self, payload: bytes | str, headers: HeadersLike) -> AnyEvent:
        """Verify and decode without the replay check (see :func:`stack_sdk.webhooks.parse`)."""
        from . import parse

        return parse(payload, headers, self._secret, tolerance=self.tolerance, clock=self.clock)

    def receive(self, payload: bytes | str, headers: HeadersLike) -> Outcome:
        """Decide what to do with one request; adapters run ``outcome.handlers`` and answer ``outcome.status``."""
        try:
            event = self.parse(payload, headers)
        except WebhookVerificationError as e:
            return Outcome(400, {"error": type(e).__name__, "message": str(e)})
        if self.replay_cache is not None and event.message_id is not None:
            if not self.replay_cache.remember(event.message_id, event.timestamp or 0):
                return Outcome(200, {"status": "duplicate", "id": event.message_id})
        return Outcome(200, {"status": "ok", "type": event.type}, event, self.handlers_for(event))

    def failed(self, event: AnyEvent) -> None:
        """A handler raised: forget the id so that Svix's retry of this message is processed."""
        if self.replay_cache is not None and event.message_id is not None:
            self.replay_cache.forget(event.message_id)
