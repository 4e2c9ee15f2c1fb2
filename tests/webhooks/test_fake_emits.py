"""The fake server emits Svix-signed webhooks for user/team/membership/permission changes, retried on
failure; a receiver app on loopback verifies and types them (the round trip an app tests end to end)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from stack_sdk.testing.pytest_plugin import make_fake, sdk_for
from stack_sdk.webhooks import (
    Event,
    TeamMembershipCreatedEvent,
    UserDeletedEvent,
    UserUpdatedEvent,
    WebhookReceiver,
    verify,
)
from stack_sdk.webhooks.starlette import endpoint

from .conftest import serve

SECRET = "whsec_ZmFrZS1zZXJ2ZXItd2ViaG9vay1zZWNyZXQ="
NOW = 1_764_900_000.0


def receiver_app(received: list[Event]) -> Starlette:
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW)

    @receiver.on("*")
    def record(event: Event) -> None:
        received.append(event)

    return Starlette(routes=[Route("/webhooks/stack", endpoint(receiver), methods=["POST"])])


async def no_sleep(_: float) -> None:
    return None


async def test_round_trip_users_teams_memberships_permissions_over_loopback() -> None:
    fake = make_fake(clock=lambda: NOW)
    received: list[Event] = []
    async with serve(receiver_app(received)) as url, sdk_for(fake, "server") as s:
        fake.webhooks.add_endpoint(url + "/webhooks/stack", SECRET)
        user = await s.users.create(primary_email="ada@example.com", primary_email_auth_enabled=True)
        await s.users.update(user.id, display_name="Ada")
        team = await s.teams.create(display_name="Analysts")
        await s.team_memberships.add(team.id, user.id)
        await s.teams.update(team.id, display_name="Engines")
        await s.permissions.grant("$read_members", user_id=user.id, team_id=team.id)
        await s.permissions.revoke("$read_members", user_id=user.id, team_id=team.id)
        await s.team_memberships.remove(team.id, user.id)
        other = await s.teams.create(display_name="Kept")
        await s.team_memberships.add(other.id, user.id)
        await s.teams.delete(team.id)
        await s.users.delete(user.id)
        messages = await fake.webhooks.drain()

    assert [m.type for m in messages] == [
        "user.created", "user.updated", "team.created", "team_membership.created", "team.updated",
        "team_permission.created", "team_permission.deleted", "team_membership.deleted", "team.created",
        "team_membership.created", "team.deleted", "user.deleted",
    ]
    assert all(m.delivered and len(m.attempts) == 1 for m in messages)
    # each message reached the app once, verified and typed (delivery order is not guaranteed, as with Svix)
    by_id = {e.message_id: e for e in received}
    assert sorted(by_id) == sorted(m.id for m in messages) and len(received) == len(messages)
    updated = next(e for e in received if isinstance(e, UserUpdatedEvent))
    assert updated.data.display_name == "Ada" and updated.data.primary_email == "ada@example.com"
    joined = [e for e in received if isinstance(e, TeamMembershipCreatedEvent)]
    assert {(e.data.team_id, e.data.user_id) for e in joined} == {(team.id, user.id), (other.id, user.id)}
    deleted = next(e for e in received if isinstance(e, UserDeletedEvent))
    assert deleted.data.id == user.id and [t.id for t in deleted.data.teams] == [other.id]


async def test_failed_deliveries_are_retried_with_the_same_id_and_a_fresh_signature() -> None:
    clock = [NOW]
    fake = make_fake(clock=lambda: clock[0])
    seen: list[dict[str, str]] = []

    async def flaky(request: Request) -> Response:
        seen.append(dict(request.headers))
        clock[0] += 10  # so each attempt carries a new timestamp
        verify(await request.body(), request.headers, SECRET, clock=lambda: clock[0])
        return Response(status_code=500 if len(seen) < 3 else 204)

    sleeps: list[float] = []

    async def record_sleep(delay: float) -> None:
        sleeps.append(delay)

    fake.webhooks.sleep = record_sleep
    fake.webhooks.retry_delays = (5.0, 300.0, 1800.0, 7200.0)
    async with serve(Starlette(routes=[Route("/h", flaky, methods=["POST"])])) as url:
        fake.webhooks.add_endpoint(url + "/h", SECRET)
        async with sdk_for(fake, "server") as s:
            await s.teams.create(display_name="T")
        [message] = await fake.webhooks.drain()
    assert [a.status for a in message.attempts] == [500, 500, 204] and message.delivered
    assert sleeps == [5.0, 300.0]  # Svix-style back-off between attempts
    assert {h["svix-id"] for h in seen} == {message.id}
    assert len({h["svix-timestamp"] for h in seen}) == 3 and len({h["svix-signature"] for h in seen}) == 3


async def test_retries_stop_after_the_schedule() -> None:
    fake = make_fake(clock=lambda: NOW)
    fake.webhooks.sleep = no_sleep
    fake.webhooks.retry_delays = (1.0, 2.0)
    app = Starlette(routes=[Route("/h", lambda r: Response(status_code=503), methods=["POST"])])
    fake.webhooks.add_endpoint("http://stack-test.invalid/h", SECRET, transport=httpx.ASGITransport(app=app))
    fake.create_team("T")
    [message] = await fake.webhooks.drain()
    assert [a.status for a in message.attempts] == [503, 503, 503]
    assert message.finished and not message.delivered


async def test_an_unreachable_endpoint_is_recorded_as_connection_failures() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    fake = make_fake(clock=lambda: NOW)
    fake.webhooks.sleep = no_sleep
    fake.webhooks.retry_delays = (1.0,)
    fake.webhooks.add_endpoint(f"http://127.0.0.1:{port}/h", SECRET)
    fake.create_user(email="x@example.com")
    [message] = await fake.webhooks.drain()
    assert [a.status for a in message.attempts] == [None, None]
    assert all("ConnectError" in (a.error or "") for a in message.attempts)


def test_changes_made_without_a_loop_wait_for_drain() -> None:
    received: list[Event] = []
    fake = make_fake(clock=lambda: NOW)
    fake.webhooks.add_endpoint(
        "http://app.test/webhooks/stack", SECRET, transport=httpx.ASGITransport(app=receiver_app(received))
    )
    user = fake.create_user(email="sync@example.com")
    assert [m.attempts for m in fake.webhooks.messages] == [[]]  # not sent yet
    asyncio.run(fake.webhooks.drain())
    assert [(e.type, e.data.id) for e in received] == [("user.created", user["id"])]  # type: ignore[union-attr]


async def test_endpoints_filter_event_types_and_can_be_removed() -> None:
    fake = make_fake(clock=lambda: NOW)
    received: list[Event] = []
    transport = httpx.ASGITransport(app=receiver_app(received))
    ep = fake.webhooks.add_endpoint("http://app.test/webhooks/stack", SECRET, event_types=["team.created"],
                                    transport=transport)
    fake.create_user(email="a@example.com")
    fake.create_team("T")
    await fake.webhooks.drain()
    assert [e.type for e in received] == ["team.created"]
    fake.webhooks.remove_endpoint(ep.id)
    fake.create_team("U")
    assert len(await fake.webhooks.drain()) == 1
    with pytest.raises(KeyError, match="no webhook endpoint"):
        fake.webhooks.remove_endpoint(ep.id)


async def test_no_endpoint_means_no_messages_and_secrets_stay_out_of_reprs() -> None:
    fake = make_fake(clock=lambda: NOW)
    fake.create_user(email="a@example.com")
    assert fake.webhooks.messages == []
    ep = fake.webhooks.add_endpoint("http://app.test/h")
    assert ep.secret.startswith("whsec_") and ep.secret not in repr(ep) and ep.secret not in repr(fake.webhooks)


@pytest.mark.parametrize(("url", "secret"), [("ftp://x/h", None), ("http://x/h", "whsec_???")])
def test_bad_endpoint_registration_fails_at_once(url: str, secret: Any) -> None:
    from stack_sdk.errors import ConfigurationError

    fake = make_fake()
    with pytest.raises((ValueError, ConfigurationError)):
        fake.webhooks.add_endpoint(url, secret)
