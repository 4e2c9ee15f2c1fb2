"""Webhooks from the fake: Svix-signed POSTs to registered endpoints, retried on failure like Svix.

Every logged change that Stack announces (users, teams, memberships, team permissions) becomes one message
per subscribed endpoint, with the real body ``{"type", "data"}`` (data = the server view) and the headers
``svix-id`` / ``svix-timestamp`` / ``svix-signature``. A delivery that does not answer 2xx (or fails to
connect) is retried after each of ``retry_delays`` (Svix waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h;
the fake's default is short so tests finish): same ``svix-id``, fresh timestamp and signature.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..webhooks._verify import sign
from ._core import Core
from ._views import team_json, user_json

SVIX_RETRY_SCHEDULE = (5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0)
DEFAULT_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4)

_MUTATION_EVENTS = {
    "user.created": "user.created",
    "user.updated": "user.updated",
    "user.deleted": "user.deleted",
    "team.created": "team.created",
    "team.updated": "team.updated",
    "team.deleted": "team.deleted",
    "membership.added": "team_membership.created",
    "membership.removed": "team_membership.deleted",
    "team_permission.granted": "team_permission.created",
    "team_permission.revoked": "team_permission.deleted",
}


@dataclass
class WebhookEndpoint:
    """A registered receiver: ``url``, its ``whsec_`` ``secret``, the event types it wants (None = all)."""

    id: str
    url: str
    secret: str = field(repr=False)
    event_types: frozenset[str] | None = None
    transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    enabled: bool = True


@dataclass
class Attempt:
    """One POST: its ``status`` (None when the connection failed, then ``error`` says why)."""

    timestamp: int
    status: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


@dataclass
class WebhookMessage:
    """One event for one endpoint, with every delivery attempt made so far."""

    id: str
    type: str
    body: bytes = field(repr=False)
    endpoint_id: str
    attempts: list[Attempt] = field(default_factory=list)
    finished: bool = False

    @property
    def delivered(self) -> bool:
        return bool(self.attempts) and self.attempts[-1].ok

    @property
    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data


class FakeWebhooks:
    """``fake.webhooks``: register endpoints, see messages, wait for deliveries (``await drain()``).

    Deliveries start as tasks on the running event loop when the change happens (a change made with no
    loop running waits for ``drain()``). Use ``drain()`` from the loop the fake's requests run on.

    Example::

        endpoint = fake.webhooks.add_endpoint("http://127.0.0.1:8001/webhooks/stack")
        fake.create_user(email="ada@example.com")
        messages = await fake.webhooks.drain()
        assert messages[0].type == "user.created" and messages[0].delivered
    """

    def __init__(self, core: Core) -> None:
        self._core = core
        self.endpoints: dict[str, WebhookEndpoint] = {}
        self.messages: list[WebhookMessage] = []
        self.retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS
        self.timeout = 5.0
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self._pending: list[WebhookMessage] = []
        self._tasks: set[asyncio.Task[None]] = set()
        core.state.listeners.append(self._on_change)

    def __repr__(self) -> str:
        return f"FakeWebhooks(endpoints={len(self.endpoints)}, messages={len(self.messages)})"

    def add_endpoint(
        self,
        url: str,
        secret: str | None = None,
        *,
        event_types: Iterable[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> WebhookEndpoint:
        """Subscribe ``url`` (``secret``: a ``whsec_`` secret, generated when omitted; ``transport``: an
        httpx transport to reach an in-process app instead of the network)."""
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"webhook endpoint url must be http(s)://..., got {url!r}")
        if secret is None:
            secret = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
        from ..webhooks._verify import secret_bytes

        secret_bytes(secret)  # a malformed secret fails here, not at the first delivery
        endpoint = WebhookEndpoint(
            "ep_" + secrets.token_hex(8),
            url,
            secret,
            frozenset(event_types) if event_types is not None else None,
            transport,
        )
        self.endpoints[endpoint.id] = endpoint
        return endpoint

    def remove_endpoint(self, endpoint_id: str) -> None:
        if self.endpoints.pop(endpoint_id, None) is None:
            raise KeyError(f"no webhook endpoint {endpoint_id!r}; registered: {sorted(self.endpoints)}")

    def of_type(self, event_type: str) -> list[WebhookMessage]:
        return [m for m in self.messages if m.type == event_type]

    # --- emission ------------------------------------------------------------------------------------

    def _on_change(self, what: str, ident: str, snapshot: dict[str, Any] | None) -> None:
        event_type = _MUTATION_EVENTS.get(what)
        if event_type is None or not self.endpoints:
            return
        data = self._data(what, ident, snapshot)
        if data is None:
            return
        self.emit(event_type, data)

    def _data(self, what: str, ident: str, snapshot: dict[str, Any] | None) -> dict[str, Any] | None:
        state = self._core.state
        if snapshot is not None:
            return snapshot
        if what in ("user.created", "user.updated"):
            user = state.users.get(ident)
            return user_json(state, user, True) if user else None
        if what in ("team.created", "team.updated"):
            team = state.teams.get(ident)
            return team_json(team, True) if team else None
        if what == "team.deleted":
            return {"id": ident}
        if what.startswith("membership."):
            team_id, user_id = ident.split(":", 1)
            return {"team_id": team_id, "user_id": user_id}
        team_id, user_id, permission_id = ident.split(":", 2)
        return {"id": permission_id, "user_id": user_id, "team_id": team_id}

    def emit(self, event_type: str, data: dict[str, Any]) -> list[WebhookMessage]:
        """Send ``{"type": event_type, "data": data}`` to every subscribed endpoint (also for custom tests)."""
        body = json.dumps({"type": event_type, "data": data}, separators=(",", ":")).encode()
        out: list[WebhookMessage] = []
        for endpoint in list(self.endpoints.values()):
            if not endpoint.enabled or (
                endpoint.event_types is not None and event_type not in endpoint.event_types
            ):
                continue
            message = WebhookMessage("msg_" + secrets.token_hex(12), event_type, body, endpoint.id)
            self.messages.append(message)
            out.append(message)
            self._start(message)
        return out

    def _start(self, message: WebhookMessage) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._pending.append(message)
            return
        task = loop.create_task(self._deliver(message))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, message: WebhookMessage) -> None:
        delays = (0.0, *self.retry_delays)
        try:
            for n, delay in enumerate(delays):
                if n:
                    await self.sleep(delay)
                endpoint = self.endpoints.get(message.endpoint_id)
                if endpoint is None:  # removed meanwhile: Svix stops too
                    return
                attempt = await self._attempt(endpoint, message)
                message.attempts.append(attempt)
                if attempt.ok:
                    return
        finally:
            message.finished = True

    async def _attempt(self, endpoint: WebhookEndpoint, message: WebhookMessage) -> Attempt:
        timestamp = int(self._core.now())
        headers = {
            "content-type": "application/json",
            "user-agent": "Svix-Webhooks/1.0 (stack-sdk fake)",
            "svix-id": message.id,
            "svix-timestamp": str(timestamp),
            "svix-signature": sign(message.body, endpoint.secret, message_id=message.id, timestamp=timestamp),
        }
        try:
            async with httpx.AsyncClient(transport=endpoint.transport, timeout=self.timeout) as http:
                response = await http.post(endpoint.url, content=message.body, headers=headers)
        except Exception as e:  # connection errors, and an in-process app that raises (as a 500 would be)
            return Attempt(timestamp, None, f"{type(e).__name__}: {e}")
        return Attempt(timestamp, response.status_code)

    async def drain(self, timeout: float = 30.0) -> list[WebhookMessage]:
        """Deliver what is pending and wait until every message is delivered or out of retries."""
        for message in self._pending:
            self._start(message)
        self._pending.clear()

        async def wait_all() -> None:
            while self._tasks:
                await asyncio.gather(*list(self._tasks))

        await asyncio.wait_for(wait_all(), timeout)
        return list(self.messages)
