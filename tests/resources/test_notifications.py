"""s.notifications: /emails/notification-preference/{user_id}[/{category_id}]."""

from __future__ import annotations

import httpx
import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import APIStatusError
from stack_sdk.types import NotificationPreference

from .conftest import API, USER_ID, body_of

TRANSACTIONAL = "0b9f7c1e-8d2a-4e3b-9c4d-5e6f7a8b9c0d"
MARKETING = "1c0a8d2f-9e3b-4f4c-8d5e-6f7a8b9c0d1e"
# Real answer (recordings: notification-preference:me).
ITEMS = [
    {"can_disable": False, "enabled": True, "notification_category_id": TRANSACTIONAL,
     "notification_category_name": "Transactional"},
    {"can_disable": True, "enabled": True, "notification_category_id": MARKETING,
     "notification_category_name": "Marketing"},
]


@respx.mock
async def test_list_categories_defaults_to_me(client: StackSDK) -> None:
    route = respx.get(f"{API}/emails/notification-preference/me").respond(json={"is_paginated": False, "items": ITEMS})
    cats = await client.notifications.list_categories()
    assert route.called
    assert [(c.notification_category_name, c.can_disable) for c in cats] == [("Transactional", False), ("Marketing", True)]
    assert isinstance(cats.items[0], NotificationPreference) and cats.next_cursor is None


@respx.mock
async def test_list_categories_of_a_user(server: StackSDK) -> None:
    route = respx.get(f"{API}/emails/notification-preference/{USER_ID}").respond(json={"is_paginated": False, "items": []})
    assert await server.notifications.list_categories(USER_ID).to_list() == []
    assert route.call_count == 1


def test_list_categories_rejects_empty_user(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.notifications.list_categories("")


@respx.mock
async def test_set_enabled(server: StackSDK) -> None:
    route = respx.patch(f"{API}/emails/notification-preference/{USER_ID}/{MARKETING}").respond(
        json=ITEMS[1] | {"enabled": False}
    )
    pref = await server.notifications.set_enabled(USER_ID, MARKETING, enabled=False)
    assert body_of(route.calls.last.request) == {"enabled": False}
    assert isinstance(pref, NotificationPreference) and pref.enabled is False


@respx.mock
async def test_set_enabled_unknown_category_is_status_error(server: StackSDK) -> None:
    respx.patch(f"{API}/emails/notification-preference/me/{MARKETING}").mock(
        return_value=httpx.Response(200, text="Notification category not found", headers={"x-stack-actual-status": "404"})
    )
    with pytest.raises(APIStatusError) as info:
        await server.notifications.set_enabled("me", MARKETING, enabled=True)
    assert info.value.status == 404


async def test_set_enabled_rejects_bad_arguments(server: StackSDK) -> None:
    with pytest.raises(TypeError, match="enabled must be True or False"):
        await server.notifications.set_enabled("me", MARKETING, enabled="no")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="notification_category_id"):
        await server.notifications.set_enabled("me", "", enabled=True)
