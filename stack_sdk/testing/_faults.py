"""Fault injection: per-route failures the fake applies before (or, for ``drop_after``, after) processing.

Kinds:

- ``status``: answer ``status`` (default 503) with a plain-text body, without processing.
- ``rate_limit``: answer 429 like the real development limiter (JSON ``{"message": ...}``, no known-error
  header) with ``Retry-After: <retry_after>`` (default 1; ``retry_after=None`` omits the header).
- ``latency``: wait ``seconds`` then process normally.
- ``drop_before``: the connection is dropped before the request is processed (no state change).
- ``drop_after``: the request is processed (state changes), then the connection drops before the response.

Example::

    fake.faults.add(method="POST", path="/api/v1/users", kind="drop_after", times=1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["status", "rate_limit", "latency", "drop_before", "drop_after"]
_KINDS = ("status", "rate_limit", "latency", "drop_before", "drop_after")
_UNSET = object()


@dataclass
class Fault:
    """One injected fault. ``times=None`` means every matching request, forever."""

    kind: FaultKind
    method: str | None = None
    path: str | None = None
    status: int = 503
    retry_after: float | None = 1
    seconds: float = 0.0
    times: int | None = 1
    hits: int = field(default=0)

    def matches(self, method: str, path: str, template: str | None) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is None:
            return True
        return self.path == path or (template is not None and self.path == template)


class Faults:
    """The fault registry of a fake server (``fake.faults``)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(
        self,
        *,
        kind: FaultKind,
        method: str | None = None,
        path: str | None = None,
        status: int = 503,
        retry_after: float | None | object = _UNSET,
        seconds: float = 0.0,
        times: int | None = 1,
    ) -> Fault:
        """Register a fault for ``method`` + ``path`` (a concrete path or a route template such as
        ``/api/v1/users/{user_id}``; ``None`` matches everything).

        >>> from stack_sdk.testing._faults import Faults
        >>> Faults().add(method="GET", path="/api/v1/users", kind="status", status=503).status
        503
        """
        if kind not in _KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; use one of {', '.join(_KINDS)}")
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 or None (forever), got {times}")
        if path is not None and not path.startswith("/"):
            raise ValueError(f"path must start with '/' (e.g. '/api/v1/users'), got {path!r}")
        if kind == "status" and not 400 <= status <= 599:
            raise ValueError(f"a 'status' fault needs an error status (400-599), got {status}")
        if kind == "latency" and seconds <= 0:
            raise ValueError("a 'latency' fault needs seconds > 0")
        ra = 1 if retry_after is _UNSET else retry_after
        if ra is not None and not isinstance(ra, (int, float)):
            raise ValueError(f"retry_after must be a number of seconds or None, got {ra!r}")
        fault = Fault(kind, method, path, status, ra, seconds, times)
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        self._faults.clear()

    def __len__(self) -> int:
        return len(self._faults)

    def take(self, method: str, path: str, template: str | None) -> list[Fault]:
        """The faults that apply to this request, oldest first: at most one latency fault plus at most one
        outcome fault (status / rate_limit / drop_*). Each use consumes one of the fault's ``times``."""
        hit: list[Fault] = []
        for fault in list(self._faults):
            if not fault.matches(method, path, template):
                continue
            is_latency = fault.kind == "latency"
            if any((f.kind == "latency") == is_latency for f in hit):
                continue
            fault.hits += 1
            if fault.times is not None and fault.hits >= fault.times:
                self._faults.remove(fault)
            hit.append(fault)
        return hit


def template_matches(template: str, path: str) -> bool:
    """Whether a concrete ``path`` is an instance of ``template`` (``{name}`` = one segment)."""
    pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
    return re.match(pattern, path) is not None
