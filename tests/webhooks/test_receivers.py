"""The Flask and Starlette/FastAPI receivers: 200 and dispatch for a genuine delivery, 400 (never 500)
for a bad one, replays answered without running handlers twice, a failed handler retried."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from stack_sdk.webhooks import (
    Event,
    TeamDeletedEvent,
    UnknownEvent,
    UserCreatedEvent,
    WebhookReceiver,
    sign,
)

SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="
NOW = 1_764_900_000
USER = {"id": "u1", "primary_email": "ada@example.com", "primary_email_verified": True,
        "primary_email_auth_enabled": True, "signed_up_at_millis": 1, "last_active_at_millis": 2,
        "is_anonymous": False}


def delivery(event_type: str, data: Any, msg_id: str = "msg_1", *, secret: str = SECRET,
             ts: int = NOW) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"type": event_type, "data": data}).encode()
    return body, {"content-type": "application/json", "svix-id": msg_id, "svix-timestamp": str(ts),
                  "svix-signature": sign(body, secret, message_id=msg_id, timestamp=ts)}


def make_receiver() -> tuple[WebhookReceiver, list[Event]]:
    seen: list[Event] = []
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW)

    @receiver.on(UserCreatedEvent)
    def on_user(event: UserCreatedEvent) -> None:
        seen.append(event)

    @receiver.on("team.deleted")
    async def on_team(event: TeamDeletedEvent) -> None:
        seen.append(event)

    @receiver.on("*")
    def fallback(event: Event) -> None:
        seen.append(event)

    return receiver, seen


Post = Callable[[bytes, dict[str, str]], tuple[int, dict[str, Any]]]


def flask_poster(receiver: WebhookReceiver) -> Post:
    from flask import Flask

    from stack_sdk.webhooks.flask import blueprint

    app = Flask(__name__)
    app.config["PROPAGATE_EXCEPTIONS"] = False  # answer 500 like a deployed app, not re-raise
    app.register_blueprint(blueprint(receiver))
    client = app.test_client()

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        r = client.post("/webhooks/stack", data=body, headers=headers)
        return r.status_code, r.get_json()

    return post


def fastapi_poster(receiver: WebhookReceiver) -> Post:
    from fastapi import FastAPI

    from stack_sdk.webhooks.fastapi import router

    app = FastAPI()
    app.include_router(router(receiver))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)

    async def send(body: bytes, headers: dict[str, str]) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            return await http.post("/webhooks/stack", content=body, headers=headers)

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        r = asyncio.run(send(body, headers))
        try:
            return r.status_code, r.json()
        except ValueError:
            return r.status_code, {}

    return post


POSTERS = {"flask": flask_poster, "fastapi": fastapi_poster}


@pytest.fixture(params=sorted(POSTERS))
def kit(request: pytest.FixtureRequest) -> tuple[WebhookReceiver, list[Event], Post]:
    receiver, seen = make_receiver()
    return receiver, seen, POSTERS[request.param](receiver)


def test_genuine_delivery_dispatches_the_typed_event(kit: tuple[WebhookReceiver, list[Event], Post]) -> None:
    _, seen, post = kit
    status, body = post(*delivery("user.created", USER))
    assert (status, body) == (200, {"status": "ok", "type": "user.created"})
    assert len(seen) == 1 and isinstance(seen[0], UserCreatedEvent) and seen[0].data.primary_email == "ada@example.com"


def test_async_handlers_run_too(kit: tuple[WebhookReceiver, list[Event], Post]) -> None:
    _, seen, post = kit
    assert post(*delivery("team.deleted", {"id": "t1"}))[0] == 200
    assert isinstance(seen[0], TeamDeletedEvent) and seen[0].data.id == "t1"


def test_fallback_handler_gets_unknown_events(kit: tuple[WebhookReceiver, list[Event], Post]) -> None:
    _, seen, post = kit
    assert post(*delivery("invoice.paid", {"n": 1}))[0] == 200
    assert isinstance(seen[0], UnknownEvent) and seen[0].type == "invoice.paid"


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (lambda b, h: (b, {**h, "svix-signature": sign(b, "whsec_b3RoZXI=", message_id="msg_1", timestamp=NOW)}),
         "WebhookSignatureError"),
        (lambda b, h: (b.replace(b"u1", b"u2"), h), "WebhookSignatureError"),
        (lambda b, h: (b, {k: v for k, v in h.items() if k != "svix-id"}), "WebhookHeaderError"),
        (lambda b, h: delivery("user.created", USER, ts=NOW - 301), "WebhookTimestampError"),
        (lambda b, h: delivery("user.created", USER, ts=NOW + 301), "WebhookTimestampError"),
        (lambda b, h: delivery("user.created", {"id": "u1"}), "WebhookPayloadError"),
    ],
    ids=["wrong-secret", "tampered", "missing-header", "old", "future", "bad-shape"],
)
def test_bad_deliveries_get_400_and_run_nothing(
    kit: tuple[WebhookReceiver, list[Event], Post], mutate: Any, error: str
) -> None:
    _, seen, post = kit
    status, body = post(*mutate(*delivery("user.created", USER)))
    assert status == 400 and body["error"] == error
    assert seen == []


def test_a_replayed_delivery_is_acknowledged_but_not_handled_twice(
    kit: tuple[WebhookReceiver, list[Event], Post],
) -> None:
    _, seen, post = kit
    request = delivery("user.created", USER, "msg_dup")
    assert post(*request) == (200, {"status": "ok", "type": "user.created"})
    assert post(*request) == (200, {"status": "duplicate", "id": "msg_dup"})
    assert len(seen) == 1


def test_a_failing_handler_answers_500_and_its_retry_is_processed(
    kit: tuple[WebhookReceiver, list[Event], Post],
) -> None:
    receiver, seen, post = kit
    calls: list[str] = []

    @receiver.on("team.updated")
    def flaky(event: Event) -> None:
        calls.append(event.message_id or "")
        if len(calls) == 1:
            raise RuntimeError("database down")

    request = delivery("team.updated", {"id": "t1", "display_name": "T", "created_at_millis": 1}, "msg_retry")
    assert post(*request)[0] == 500
    assert post(*request) == (200, {"status": "ok", "type": "team.updated"})
    assert calls == ["msg_retry", "msg_retry"]


def test_receiver_repr_hides_the_secret() -> None:
    receiver, _ = make_receiver()
    assert "c2VjcmV0" not in repr(receiver) and "user.created" in repr(receiver)


def test_on_rejects_nonsense() -> None:
    receiver, _ = make_receiver()
    with pytest.raises(TypeError):
        receiver.on()
    with pytest.raises(TypeError):
        receiver.on(42)  # type: ignore[arg-type]


async def test_starlette_endpoint_over_asgi() -> None:
    from starlette.applications import Starlette
    from starlette.routing import Route

    from stack_sdk.webhooks.starlette import endpoint

    receiver, seen = make_receiver()
    app = Starlette(routes=[Route("/hooks", endpoint(receiver), methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        body, headers = delivery("user.created", USER)
        r = await http.post("/hooks", content=body, headers=headers)
        bad = await http.post("/hooks", content=body + b" ", headers=headers)
    assert r.status_code == 200 and len(seen) == 1
    assert bad.status_code == 400
