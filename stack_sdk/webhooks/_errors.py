"""Why a webhook delivery was refused: one class per cause, each a ``StackError``.

A receiver answers all of them with 400 (Svix then retries, which a forged or stale request never passes).
"""

from __future__ import annotations

from typing import Literal

from ..errors import StackError

TimestampReason = Literal["too_old", "too_new"]


class WebhookVerificationError(StackError):
    """The request is not a genuine, fresh Stack webhook; ``str(e)`` says which check failed.

    >>> from stack_sdk.webhooks import WebhookSignatureError, WebhookVerificationError
    >>> issubclass(WebhookSignatureError, WebhookVerificationError)
    True
    """


class WebhookHeaderError(WebhookVerificationError):
    """A Svix header (``svix-id``, ``svix-timestamp``, ``svix-signature``) is missing or malformed.

    ``header`` names it.
    """

    def __init__(self, message: str, *, header: str) -> None:
        super().__init__(message)
        self.header = header


class WebhookTimestampError(WebhookVerificationError):
    """``svix-timestamp`` is outside the tolerance window (``reason``: ``too_old`` or ``too_new``).

    Old messages are refused so that a captured delivery cannot be replayed later; future ones so that a
    forger cannot pre-date one. ``timestamp`` and ``now`` are Unix seconds, ``tolerance`` seconds.
    """

    def __init__(
        self, message: str, *, reason: TimestampReason, timestamp: int, now: float, tolerance: float
    ):
        super().__init__(message)
        self.reason: TimestampReason = reason
        self.timestamp = timestamp
        self.now = now
        self.tolerance = tolerance


class WebhookSignatureError(WebhookVerificationError):
    """No ``v1`` signature in ``svix-signature`` matches the body under this secret (wrong secret, or the
    body or headers were altered after signing)."""


class WebhookReplayError(WebhookVerificationError):
    """This ``svix-id`` was already accepted within the tolerance window (a replayed delivery)."""

    def __init__(self, message: str, *, message_id: str) -> None:
        super().__init__(message)
        self.message_id = message_id


class WebhookPayloadError(WebhookVerificationError):
    """The signed body is not the JSON shape the event type promises; ``path`` locates the bad value
    (e.g. ``data.id``)."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path
