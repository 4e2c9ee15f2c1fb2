"""Behaviour that spans requests, over the embedded fake server (real HTTP semantics, no mocks).

Uses the pytest plugin's fixtures (``stack_fake``, ``stack_server_sdk``, ``stack_client_sdk``,
``stack_signed_in_user``), exactly as a user of the SDK would in their own test suite.
"""

from __future__ import annotations

import time

import pytest

from stack_sdk import StackSDK, TokenPair, errors
from stack_sdk.testing.pytest_plugin import make_fake, sdk_for


class Clock:
    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset

    def __call__(self) -> float:
        return time.time() + self.offset


async def test_sign_up_then_me_over_the_fake(stack_client_sdk: StackSDK) -> None:
    result = await stack_client_sdk.auth.password.sign_up("ada@example.com", "correct horse battery")
    me = await stack_client_sdk.users.me()
    assert me.id == result.user_id and me.primary_email == "ada@example.com"


async def test_proactive_refresh_before_expiry() -> None:
    clock = Clock(offset=-590)  # tokens minted now expire ~10 s from the SDK's point of view
    fake = make_fake(clock=clock, access_token_lifetime=600)
    async with sdk_for(fake, "server") as s:
        uid = fake.create_user(email="a@example.com", password="password123")["id"]
        access, refresh = fake.sign_in_tokens(uid)
        clock.offset = 0
        me = await s.as_user(TokenPair(access, refresh)).users.me()
    assert me.id == uid
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 1
    assert fake.count("GET", "/api/v1/users/me") == 1  # refreshed first: no rejected attempt


async def test_reactive_refresh_when_the_server_says_expired() -> None:
    clock = Clock()
    fake = make_fake(clock=clock, access_token_lifetime=600)
    async with sdk_for(fake, "server") as s:
        uid = fake.create_user(email="b@example.com", password="password123")["id"]
        access, refresh = fake.sign_in_tokens(uid)
        clock.offset = 1000  # the server now considers the token expired; the SDK's clock does not
        store_view = s.as_user(TokenPair(access, refresh))
        me = await store_view.users.me()
        assert me.id == uid
        assert fake.count("GET", "/api/v1/users/me") == 2  # rejected once, replayed once
        assert fake.count("POST", "/api/v1/auth/oauth/token") == 1
        new_access, new_refresh = await store_view.token_store.get_tokens()  # type: ignore[union-attr]
        assert new_access != access and new_refresh == refresh


async def test_dead_refresh_token_signs_the_user_out() -> None:
    clock = Clock()
    fake = make_fake(clock=clock)
    async with sdk_for(fake, "server") as s:
        uid = fake.create_user(email="c@example.com", password="password123")["id"]
        access, _ = fake.sign_in_tokens(uid)
        clock.offset = 10_000
        view = s.as_user(TokenPair(access, "not-a-real-refresh-token"))
        with pytest.raises(errors.KnownError) as e:
            await view.users.me()
        assert e.value.code in ("ACCESS_TOKEN_EXPIRED", "CANNOT_GET_OWN_USER_WITHOUT_USER")
        assert await view.token_store.get_tokens() == (None, None)  # type: ignore[union-attr]


async def test_pagination_across_pages(stack_fake, stack_server_sdk: StackSDK) -> None:  # type: ignore[no-untyped-def]
    ids = {stack_fake.create_user(email=f"p{i}@example.com", password="password123")["id"] for i in range(7)}
    first = await stack_server_sdk.users.list(limit=3)
    assert len(first.items) == 3 and first.next_cursor is not None
    pages = [p async for p in stack_server_sdk.users.list(limit=3).pages()]
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert {u.id async for u in stack_server_sdk.users.list(limit=3)} == ids


async def test_retries_under_injected_503_and_429(stack_fake, stack_server_sdk: StackSDK) -> None:  # type: ignore[no-untyped-def]
    from stack_sdk.testing.pytest_plugin import sdk_for

    async def no_sleep(_: float) -> None:
        return None

    s = sdk_for(stack_fake, "server", sleep=no_sleep)
    stack_fake.faults.add(method="GET", path="/api/v1/users", kind="status", status=503, times=2)
    page = await s.users.list()
    assert page.items == []
    assert stack_fake.count("GET", "/api/v1/users") == 3
    stack_fake.faults.add(method="POST", path="/api/v1/users", kind="rate_limit", retry_after=1, times=1)
    user = await s.users.create(primary_email="r@example.com")
    assert stack_fake.count("POST", "/api/v1/users") == 2
    assert [m for m in stack_fake.mutations if m[0] == "user.created"] == [("user.created", user.id)]
    await s.aclose()


async def test_post_is_not_repeated_when_the_connection_drops_after_processing(stack_fake) -> None:  # type: ignore[no-untyped-def]
    async def no_sleep(_: float) -> None:
        return None

    s = sdk_for(stack_fake, "server", sleep=no_sleep)
    stack_fake.faults.add(method="POST", path="/api/v1/users", kind="drop_after", times=1)
    with pytest.raises(errors.APIConnectionError):
        await s.users.create(primary_email="once@example.com")
    assert stack_fake.count("POST", "/api/v1/users") == 1
    assert len([m for m in stack_fake.mutations if m[0] == "user.created"]) == 1  # processed exactly once
    await s.aclose()


async def test_post_dropped_before_processing_is_not_blindly_resent(stack_fake) -> None:  # type: ignore[no-untyped-def]
    s = sdk_for(stack_fake, "server")
    stack_fake.faults.add(method="POST", path="/api/v1/users", kind="drop_before", times=1)
    with pytest.raises(errors.APIConnectionError):
        await s.users.create(primary_email="never@example.com")
    assert stack_fake.count("POST", "/api/v1/users") == 1
    assert [m for m in stack_fake.mutations if m[0] == "user.created"] == []
    await s.aclose()


async def test_get_is_retried_after_a_dropped_connection(stack_fake) -> None:  # type: ignore[no-untyped-def]
    async def no_sleep(_: float) -> None:
        return None

    s = sdk_for(stack_fake, "server", sleep=no_sleep)
    uid = stack_fake.create_user(email="g@example.com", password="password123")["id"]
    stack_fake.faults.add(method="GET", path=f"/api/v1/users/{uid}", kind="drop_after", times=1)
    user = await s.users.get(uid)
    assert user is not None and user.id == uid
    assert stack_fake.count("GET", f"/api/v1/users/{uid}") == 2
    await s.aclose()


async def test_client_access_cannot_list_users_and_sends_nothing(stack_fake, stack_client_sdk: StackSDK) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.AccessTypeError):
        await stack_client_sdk.users.list()
    assert stack_fake.count("GET", "/api/v1/users") == 0


async def test_wrong_server_key_maps_to_typed_error(stack_fake) -> None:  # type: ignore[no-untyped-def]
    import httpx

    async with StackSDK(stack_fake.project_id, secret_server_key="ssk_wrong", base_url=stack_fake.base_url,
                        http_client=httpx.AsyncClient(transport=stack_fake.transport()), environ={}) as s:
        with pytest.raises(errors.InvalidSecretServerKey) as e:
            await s.users.list()
    assert e.value.status == 401 and "ssk_wrong" not in str(e.value)
