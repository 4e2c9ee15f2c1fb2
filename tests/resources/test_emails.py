"""s.emails: send (recipients by user id, one content source) and delivery info."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stack_sdk.errors import AccessTypeError, KnownError

from .conftest import API, USER_ID, body_of, client_sdk, known_error, server_sdk

DELIVERY = {
    "stats": {p: {"sent": n, "bounced": 1, "marked_as_spam": 0} for p, n in
              (("hour", 2), ("day", 12), ("week", 40), ("month", 90))},
    "capacity": {"rate_per_second": 1.5, "penalty_factor": 1.0},
}


@respx.mock
async def test_send_html_to_user_ids() -> None:
    route = respx.post(f"{API}/emails/send-email").mock(
        return_value=httpx.Response(200, json={"results": [{"user_id": USER_ID}]})
    )
    r = await server_sdk().emails.send(user_ids=[USER_ID], subject="x", html="<p>x</p>")
    req = route.calls.last.request
    assert body_of(req) == {"html": "<p>x</p>", "subject": "x", "user_ids": [USER_ID]}
    assert req.headers["x-stack-access-type"] == "server"
    assert [x.user_id for x in r.results] == [USER_ID]


@respx.mock
async def test_send_template_to_all_users_with_options() -> None:
    route = respx.post(f"{API}/emails/send-email").mock(return_value=httpx.Response(200, json={"results": []}))
    await server_sdk().emails.send(
        all_users=True, template_id="tpl_1", variables={"name": "Ada"}, notification_category_name="Marketing",
        theme_id=None, is_high_priority=True, scheduled_at_millis=1795466258985,
    )
    assert body_of(route.calls.last.request) == {
        "all_users": True, "template_id": "tpl_1", "variables": {"name": "Ada"},
        "notification_category_name": "Marketing", "theme_id": None, "is_high_priority": True,
        "scheduled_at_millis": 1795466258985,
    }


@respx.mock
async def test_send_draft() -> None:
    route = respx.post(f"{API}/emails/send-email").mock(return_value=httpx.Response(200, json={"results": []}))
    await server_sdk().emails.send(user_ids=(USER_ID,), draft_id="draft_1")
    assert body_of(route.calls.last.request) == {"user_ids": [USER_ID], "draft_id": "draft_1"}


@respx.mock
async def test_send_on_shared_email_server_raises_typed() -> None:
    respx.post(f"{API}/emails/send-email").mock(return_value=known_error(
        "REQUIRES_CUSTOM_EMAIL_SERVER", 400, "This action requires a custom SMTP server."))
    with pytest.raises(KnownError) as e:
        await server_sdk().emails.send(user_ids=[USER_ID], subject="x", html="<p>x</p>")
    assert e.value.code == "REQUIRES_CUSTOM_EMAIL_SERVER"


@pytest.mark.parametrize(
    ("kw", "exc", "match"),
    [
        ({"html": "<p/>"}, ValueError, "user_ids=.* or all_users=True"),
        ({"user_ids": [USER_ID], "all_users": True, "html": "<p/>"}, ValueError, "exactly one recipient"),
        ({"user_ids": USER_ID, "html": "<p/>"}, TypeError, "list of user id"),
        ({"user_ids": [], "html": "<p/>"}, ValueError, "must not be empty"),
        ({"user_ids": [USER_ID, 3], "html": "<p/>"}, TypeError, "user id strings"),
        ({"user_ids": [USER_ID]}, ValueError, "exactly one content source"),
        ({"user_ids": [USER_ID], "html": "<p/>", "draft_id": "d"}, ValueError, "exactly one content source"),
        ({"user_ids": [USER_ID], "html": "<p/>", "variables": {"a": 1}}, ValueError, "template_id"),
        ({"all_users": "yes", "html": "<p/>"}, TypeError, "all_users"),
    ],
)
@pytest.mark.respx(assert_all_called=False)
async def test_send_bad_input_sends_nothing(respx_mock: respx.MockRouter, kw: dict[str, Any], exc: type[Exception], match: str) -> None:
    route = respx_mock.post(f"{API}/emails/send-email")
    with pytest.raises(exc, match=match):
        await server_sdk().emails.send(**kw)
    assert not route.called


@respx.mock
async def test_delivery_info() -> None:
    route = respx.get(f"{API}/emails/delivery-info").mock(return_value=httpx.Response(200, json=DELIVERY))
    info = await server_sdk().emails.delivery_info()
    assert route.called
    assert (info.stats.day.sent, info.stats.month.bounced, info.capacity.rate_per_second) == (12, 1, 1.5)


@respx.mock
async def test_activate_capacity_boost() -> None:
    route = respx.post(f"{API}/emails/capacity-boost").mock(return_value=httpx.Response(200, json={"success": True}))
    assert await server_sdk().emails.activate_capacity_boost() is None
    assert body_of(route.calls.last.request) == {}


async def test_emails_need_server_access() -> None:
    with pytest.raises(AccessTypeError, match="server"):
        await client_sdk().emails.delivery_info()
