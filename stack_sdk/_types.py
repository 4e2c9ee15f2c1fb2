"""Small shared types: the "not given" sentinel, access types, timeouts."""

from __future__ import annotations

from typing import Any, Final, Literal, TypeVar

import httpx

AccessType = Literal["client", "server", "admin"]
ACCESS_TYPES: Final[tuple[AccessType, ...]] = ("client", "server", "admin")

JsonValue = None | bool | int | float | str | list[Any] | dict[str, Any]

T = TypeVar("T")


class NotGiven:
    """Marks an argument the caller did not pass (``None`` means "send null").

    >>> NOT_GIVEN
    NOT_GIVEN
    >>> bool(NOT_GIVEN)
    False
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# Defaults suited to an auth API: fail fast on connect, allow slow list/e-mail calls.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_RETRIES: Final = 3


def given(**fields: object) -> dict[str, Any]:
    """Keep only the keyword arguments the caller actually passed.

    >>> given(a=1, b=NOT_GIVEN, c=None)
    {'a': 1, 'c': None}
    """
    return {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
