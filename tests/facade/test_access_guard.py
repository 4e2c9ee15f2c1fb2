from __future__ import annotations

import pytest
import respx

from stack_sdk.errors import AccessTypeError

from .conftest import API, make_sdk


@respx.mock(assert_all_called=False)
async def test_server_only_operation_from_client_sdk_fails_before_sending(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(f"{API}/users").respond(json={"items": []})
    async with make_sdk("client") as s:
        with pytest.raises(AccessTypeError, match="needs server or admin access") as e:
            await s._api.call("users_list", dict)
    assert route.call_count == 0
    assert "STACK_SECRET_SERVER_KEY" in str(e.value)
    assert e.value.allowed == ("server", "admin")


@respx.mock(assert_all_called=False)
async def test_admin_only_operation_from_server_sdk(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(f"{API}/internal/config").respond(json={})
    async with make_sdk("server") as s:
        with pytest.raises(AccessTypeError, match="admin"):
            await s._api.call("internal_config", dict)
    assert route.call_count == 0


async def test_unknown_operation_is_a_clear_error() -> None:
    async with make_sdk() as s:
        with pytest.raises(AccessTypeError, match="Unknown operation 'nope'"):
            await s._api.call("nope", dict)
