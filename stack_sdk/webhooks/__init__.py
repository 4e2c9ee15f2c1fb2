"""Stack webhooks: verify Svix signatures, decode typed events, receive them in Flask or FastAPI.

Stack delivers webhooks through Svix: a POST whose JSON body is ``{"type": ..., "data": ...}`` with the
headers ``svix-id``, ``svix-timestamp`` and ``svix-signature`` (HMAC-SHA256 under the endpoint's
``whsec_...`` secret). :func:`verify` checks them (5 minute tolerance, constant-time compare, any of several
``v1`` signatures); :func:`parse` also returns a typed event (one class per event type of the pinned
webhooks spec, :class:`UnknownEvent` for types a later Stack release adds); :class:`WebhookReceiver`
dispatches by event type and refuses replays. Framework glue lives in ``stack_sdk.webhooks.flask``,
``stack_sdk.webhooks.starlette`` and ``stack_sdk.webhooks.fastapi`` (imported only when used).

Example::

    from stack_sdk.webhooks import UserCreatedEvent, parse

    event = parse(request_body_bytes, request_headers, secret="whsec_...")
    if isinstance(event, UserCreatedEvent):
        print(event.data.primary_email)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from ._errors import (
    WebhookHeaderError,
    WebhookPayloadError,
    WebhookReplayError,
    WebhookSignatureError,
    WebhookTimestampError,
    WebhookVerificationError,
)
from ._events import *  # noqa: F403  (the generated event classes; their names are in _events.__all__)
from ._events import DATA_CLASSES, EVENT_CLASSES, AnyEvent
from ._events import __all__ as _event_names
from ._model import Event, UnknownEvent, decode
from ._receiver import Outcome, WebhookReceiver
from ._replay import ReplayCache, ReplayStore
from ._verify import DEFAULT_TOLERANCE, HeadersLike, check, load_json, sign

__all__ = [
    "DEFAULT_TOLERANCE",
    "Event",
    "Outcome",
    "ReplayCache",
    "ReplayStore",
    "UnknownEvent",
    "WebhookHeaderError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookReplayError",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "WebhookVerificationError",
    "event_from_json",
    "parse",
    "sign",
    "verify",
    *_event_names,
]


def verify(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    clock: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """Check a delivery's Svix signature and freshness; return the body as JSON.

    Pass the raw body bytes exactly as received (re-serialised JSON does not verify). Raises
    :class:`WebhookHeaderError` (a header missing or malformed), :class:`WebhookTimestampError` (outside
    ``tolerance`` seconds, either way), :class:`WebhookSignatureError` (no ``v1`` signature matches) or
    :class:`WebhookPayloadError` (the signed body is not a JSON object with a ``type``).

    >>> body = b'{"type":"team.deleted","data":{"id":"t1"}}'
    >>> headers = {"svix-id": "msg_1", "svix-timestamp": "1700000000",
    ...            "svix-signature": sign(body, "whsec_c2VjcmV0", message_id="msg_1", timestamp=1700000000)}
    >>> verify(body, headers, "whsec_c2VjcmV0", clock=lambda: 1700000030)["data"]
    {'id': 't1'}
    """
    _, _, body = check(payload, headers, secret, tolerance=tolerance, clock=clock)
    return load_json(body)


def event_from_json(
    body: Mapping[str, Any], *, message_id: str | None = None, timestamp: int | None = None
) -> AnyEvent:
    """The typed event for an already verified body ``{"type": ..., "data": ...}``.

    >>> event_from_json({"type": "team.deleted", "data": {"id": "t1"}})
    TeamDeletedEvent(message_id=None, timestamp=None, data=TeamDeletedData(id='t1'))
    """
    event_type = body.get("type")
    if not isinstance(event_type, str):
        raise WebhookPayloadError("webhook body has no string 'type'", path="type")
    cls = EVENT_CLASSES.get(event_type)
    if cls is None:
        return UnknownEvent(
            type=event_type, data=body.get("data"), message_id=message_id, timestamp=timestamp, raw=body
        )
    data = decode(DATA_CLASSES[event_type], body.get("data"), "data")
    return cls(data=data, message_id=message_id, timestamp=timestamp, raw=body)


def parse(
    payload: bytes | str,
    headers: HeadersLike,
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    clock: Callable[[], float] = time.time,
    replay_cache: ReplayStore | None = None,
) -> AnyEvent:
    """:func:`verify`, then decode the typed event (``message_id``/``timestamp`` from the headers).

    With a ``replay_cache``, a ``svix-id`` seen before within the window raises :class:`WebhookReplayError`.

    >>> body = b'{"type":"team_membership.created","data":{"team_id":"t1","user_id":"u1"}}'
    >>> sig = sign(body, "whsec_c2VjcmV0", message_id="msg_2", timestamp=1700000000)
    >>> event = parse(body, {"svix-id": "msg_2", "svix-timestamp": "1700000000", "svix-signature": sig},
    ...               "whsec_c2VjcmV0", clock=lambda: 1700000000)
    >>> type(event).__name__, event.data.user_id, event.message_id
    ('TeamMembershipCreatedEvent', 'u1', 'msg_2')
    """
    message_id, timestamp, body = check(payload, headers, secret, tolerance=tolerance, clock=clock)
    data = load_json(body)
    if replay_cache is not None and not replay_cache.remember(message_id, timestamp):
        raise WebhookReplayError(f"webhook message {message_id} was already received", message_id=message_id)
    return event_from_json(data, message_id=message_id, timestamp=timestamp)
