"""The event base classes and the decoder that turns signed JSON into the generated dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._errors import WebhookPayloadError

# (attribute, kind, required, nested class): the generated classes describe their fields with this
Schema = tuple[tuple[str, str, bool, Any], ...]

T = TypeVar("T")

_KINDS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "string": (str, "a string"),
    "boolean": (bool, "a boolean"),
    "number": ((int, float), "a number"),
    "integer": (int, "an integer"),
}


def _describe(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def decode(cls: type[T], value: Any, path: str) -> T:
    """Build ``cls`` (a generated payload class) from JSON ``value``; errors name the JSON path."""
    if not isinstance(value, Mapping):
        raise WebhookPayloadError(f"{path} must be a JSON object, got {_describe(value)}", path=path)
    schema: Schema = cls._schema  # type: ignore[attr-defined]
    kwargs: dict[str, Any] = {}
    for name, kind, required, nested in schema:
        where = f"{path}.{name}"
        if name not in value or (value[name] is None and not required):
            if required:
                raise WebhookPayloadError(f"{where} is missing (required by the webhooks spec)", path=where)
            continue
        kwargs[name] = _convert(value[name], kind, nested, where)
    return cls(**kwargs)


def _convert(value: Any, kind: str, nested: Any, path: str) -> Any:
    if kind == "json":
        return value
    if kind == "object":
        return decode(nested, value, path)
    if kind == "array":
        if not isinstance(value, list):
            raise WebhookPayloadError(f"{path} must be a JSON array, got {_describe(value)}", path=path)
        return [decode(nested, item, f"{path}[{i}]") for i, item in enumerate(value)]
    types, label = _KINDS[kind]
    # bool is an int subclass in Python, never a number in JSON
    if isinstance(value, bool) and kind != "boolean" or not isinstance(value, types):
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            return int(value)
        raise WebhookPayloadError(f"{path} must be {label}, got {_describe(value)}", path=path)
    return value


@dataclass(frozen=True, kw_only=True)
class Event:
    """Base of every webhook event: what the delivery said besides the payload.

    ``message_id`` is the ``svix-id`` (stable across Svix's retries of one message: use it to make
    handlers idempotent), ``timestamp`` the ``svix-timestamp`` of this attempt (Unix seconds), ``raw``
    the whole decoded body (fields a newer Stack release adds are there before this SDK types them).
    """

    message_id: str | None = None
    timestamp: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, kw_only=True)
class UnknownEvent(Event):
    """An event type this SDK version does not know (added by a later Stack release): untyped ``data``.

    >>> from stack_sdk.webhooks import event_from_json
    >>> event = event_from_json({"type": "project.created", "data": {"id": "p1"}})
    >>> (type(event).__name__, event.type, event.data["id"])
    ('UnknownEvent', 'project.created', 'p1')
    """

    type: str
    data: Any
