"""s.payments: items, products, subscriptions, checkout and billing of a customer."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stack_sdk.errors import AccessTypeError, KnownError

from .conftest import API, TEAM_ID, USER_ID, body_of, client_sdk, known_error, server_sdk

ITEM = {"id": "credits", "display_name": "Credits", "quantity": 42}
PRODUCT = {"id": "pro", "quantity": 1, "product": {"display_name": "Pro", "customer_type": "user"}}


@respx.mock
async def test_get_item() -> None:
    route = respx.get(f"{API}/payments/items/user/{USER_ID}/credits").mock(return_value=httpx.Response(200, json=ITEM))
    item = await server_sdk().payments.get_item("user", USER_ID, "credits")
    assert route.called
    assert (item.id, item.display_name, item.quantity) == ("credits", "Credits", 42)


@respx.mock
async def test_get_item_for_me_as_client_sends_user_tokens() -> None:
    route = respx.get(f"{API}/payments/items/user/me/credits").mock(return_value=httpx.Response(200, json=ITEM))
    await client_sdk().payments.get_item("user", "me", "credits")
    assert route.calls.last.request.headers["x-stack-refresh-token"] == "rt"


@respx.mock
async def test_get_item_not_found_raises_typed() -> None:
    respx.get(f"{API}/payments/items/team/{TEAM_ID}/nope").mock(
        return_value=known_error("ITEM_NOT_FOUND", 404, details={"item_id": "nope"}))
    with pytest.raises(KnownError) as e:
        await server_sdk().payments.get_item("team", TEAM_ID, "nope")
    assert e.value.code == "ITEM_NOT_FOUND"


@respx.mock
async def test_item_ids_are_percent_encoded() -> None:
    route = respx.get(f"{API}/payments/items/custom/org%2F1/a%20b").mock(return_value=httpx.Response(200, json=ITEM))
    await server_sdk().payments.get_item("custom", "org/1", "a b")
    assert route.called


@pytest.mark.parametrize(
    ("method", "args", "kw"),
    [
        ("update_item_quantity", ("credits",), {"delta": 5, "allow_negative": False}),
        ("increase_item_quantity", ("credits", 5), {}),
        ("decrease_item_quantity", ("credits", 5), {}),
        ("try_decrease_item_quantity", ("credits", 5), {}),
    ],
)
@respx.mock
async def test_quantity_changes_send_delta_and_allow_negative(method: str, args: tuple[Any, ...],
                                                              kw: dict[str, Any]) -> None:
    route = respx.post(f"{API}/payments/items/user/{USER_ID}/credits/update-quantity").mock(
        return_value=httpx.Response(200, json={"success": True}))
    result = await getattr(server_sdk().payments, method)("user", USER_ID, *args, **kw)
    req = route.calls.last.request
    expected = {
        "update_item_quantity": (5, "false"), "increase_item_quantity": (5, "false"),
        "decrease_item_quantity": (-5, "true"), "try_decrease_item_quantity": (-5, "false"),
    }[method]
    assert body_of(req) == {"delta": expected[0]}
    assert req.url.params["allow_negative"] == expected[1]
    assert result is (True if method == "try_decrease_item_quantity" else None)


@respx.mock
async def test_update_item_quantity_optional_fields() -> None:
    route = respx.post(f"{API}/payments/items/team/{TEAM_ID}/seats/update-quantity").mock(
        return_value=httpx.Response(200, json={"success": True}))
    await server_sdk().payments.update_item_quantity("team", TEAM_ID, "seats", delta=-2, allow_negative=True,
                                                     expires_at="2027-01-01T00:00:00.000Z", description="refund")
    assert body_of(route.calls.last.request) == {"delta": -2, "expires_at": "2027-01-01T00:00:00.000Z",
                                                 "description": "refund"}


@respx.mock
async def test_try_decrease_insufficient_is_false() -> None:
    respx.post(f"{API}/payments/items/user/{USER_ID}/credits/update-quantity").mock(
        return_value=known_error("ITEM_QUANTITY_INSUFFICIENT_AMOUNT", 400,
                                 details={"item_id": "credits", "customer_id": USER_ID, "quantity": 1}))
    assert await server_sdk().payments.try_decrease_item_quantity("user", USER_ID, "credits", 5) is False


@respx.mock
async def test_decrease_insufficient_on_update_raises() -> None:
    respx.post(f"{API}/payments/items/user/{USER_ID}/credits/update-quantity").mock(
        return_value=known_error("ITEM_QUANTITY_INSUFFICIENT_AMOUNT", 400))
    with pytest.raises(KnownError):
        await server_sdk().payments.update_item_quantity("user", USER_ID, "credits", delta=-5)


@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda p: p.get_item("customer", USER_ID, "credits"), ValueError, "customer_type"),
        (lambda p: p.get_item("users", USER_ID, "credits"), ValueError, "customer_type"),
        (lambda p: p.get_item("user", "", "credits"), ValueError, "customer_id"),
        (lambda p: p.get_item("user", USER_ID, ""), ValueError, "item_id"),
        (lambda p: p.increase_item_quantity("user", USER_ID, "c", 0), ValueError, "amount"),
        (lambda p: p.decrease_item_quantity("user", USER_ID, "c", -3), ValueError, "amount"),
        (lambda p: p.try_decrease_item_quantity("user", USER_ID, "c", True), ValueError, "amount"),
        (lambda p: p.update_item_quantity("user", USER_ID, "c", delta=0), ValueError, "delta"),
        (lambda p: p.update_item_quantity("user", USER_ID, "c", delta=1, allow_negative="no"), TypeError, "allow_neg"),
        (lambda p: p.grant_product("user", USER_ID), ValueError, "exactly one of product_id"),
        (lambda p: p.grant_product("user", USER_ID, product_id="a", product={}), ValueError, "exactly one"),
        (lambda p: p.grant_product("user", USER_ID, product={"prices": {}}), ValueError, "display_name"),
        (lambda p: p.grant_product("user", USER_ID, product_id="a", quantity=0), ValueError, "quantity"),
        (lambda p: p.cancel_subscription("team", TEAM_ID, ""), ValueError, "product_id"),
        (lambda p: p.switch_subscription("team", TEAM_ID, from_product_id="a", to_product_id=""), ValueError,
         "to_product_id"),
        (lambda p: p.create_checkout_url("user", USER_ID), ValueError, "exactly one"),
        (lambda p: p.get_billing("org", USER_ID), ValueError, "customer_type"),
        (lambda p: p.create_setup_intent("user", None), ValueError, "customer_id"),
        (lambda p: p.set_default_payment_method("user", USER_ID, ""), ValueError, "setup_intent_id"),
    ],
)
@pytest.mark.respx(assert_all_called=False)
async def test_bad_input_sends_nothing(respx_mock: respx.MockRouter, call: Any, exc: type[Exception], match: str) -> None:
    route = respx_mock.route()
    with pytest.raises(exc, match=match):
        await call(server_sdk().payments)
    assert not route.called


@pytest.mark.parametrize("method", ["list_products", "list_invoices"])
def test_list_bad_input(method: str) -> None:
    p = server_sdk().payments
    with pytest.raises(ValueError, match="customer_type"):
        getattr(p, method)("group", USER_ID)
    with pytest.raises(ValueError, match="limit"):
        getattr(p, method)("user", USER_ID, limit=0)


@respx.mock
async def test_list_products_follows_cursor() -> None:
    route = respx.get(f"{API}/payments/products/user/{USER_ID}").mock(side_effect=[
        httpx.Response(200, json={"items": [PRODUCT], "is_paginated": True, "pagination": {"next_cursor": "c2"}}),
        httpx.Response(200, json={"items": [{**PRODUCT, "id": "addon"}], "is_paginated": True,
                                  "pagination": {"next_cursor": None}}),
    ])
    items = await server_sdk().payments.list_products("user", USER_ID, limit=1).to_list()
    assert [i["id"] for i in items] == ["pro", "addon"]
    assert [dict(c.request.url.params) for c in route.calls] == [{"limit": "1"}, {"limit": "1", "cursor": "c2"}]


@respx.mock
async def test_list_invoices_first_page() -> None:
    invoice = {"id": "in_1", "status": "paid", "amount_total": 1200, "created_at_millis": 1795466258603}
    route = respx.get(f"{API}/payments/invoices/team/{TEAM_ID}").mock(
        return_value=httpx.Response(200, json={"items": [invoice], "is_paginated": True,
                                               "pagination": {"next_cursor": None}}))
    page = await server_sdk().payments.list_invoices("team", TEAM_ID)
    assert page.items == [invoice] and page.next_cursor is None
    assert dict(route.calls.last.request.url.params) == {}


@respx.mock
async def test_grant_product_by_id_and_inline() -> None:
    route = respx.post(f"{API}/payments/products/team/{TEAM_ID}").mock(
        return_value=httpx.Response(200, json={"success": True}))
    p = server_sdk().payments
    assert await p.grant_product("team", TEAM_ID, product_id="pro", quantity=2) is None
    assert body_of(route.calls.last.request) == {"product_id": "pro", "quantity": 2}
    inline = {"display_name": "Pro", "customer_type": "team", "prices": {"monthly": {"USD": "10"}}}
    await p.grant_product("team", TEAM_ID, product=inline)
    sent = body_of(route.calls.last.request)
    assert sent == {"product_inline": inline}


@respx.mock
async def test_grant_product_is_server_only() -> None:
    with pytest.raises(AccessTypeError):
        await client_sdk().payments.grant_product("user", "me", product_id="pro")


@respx.mock
async def test_cancel_subscription() -> None:
    route = respx.delete(f"{API}/payments/products/user/me/pro").mock(
        return_value=httpx.Response(200, json={"success": True}))
    p = client_sdk().payments
    await p.cancel_subscription("user", "me", "pro")
    assert dict(route.calls.last.request.url.params) == {}
    await p.cancel_subscription("user", "me", "pro", subscription_id="sub_1")
    assert dict(route.calls.last.request.url.params) == {"subscription_id": "sub_1"}


@respx.mock
async def test_switch_subscription() -> None:
    route = respx.post(f"{API}/payments/products/team/{TEAM_ID}/switch").mock(
        return_value=httpx.Response(200, json={"success": True}))
    await server_sdk().payments.switch_subscription("team", TEAM_ID, from_product_id="basic", to_product_id="pro",
                                                    price_id="monthly", quantity=3)
    assert body_of(route.calls.last.request) == {"from_product_id": "basic", "to_product_id": "pro",
                                                 "price_id": "monthly", "quantity": 3}


@respx.mock
async def test_create_checkout_url() -> None:
    route = respx.post(f"{API}/payments/purchases/create-purchase-url").mock(
        return_value=httpx.Response(200, json={"url": "https://app.example.com/purchase/abc"}))
    url = await client_sdk().payments.create_checkout_url("user", "me", product_id="pro",
                                                          return_url="https://app.example.com/billing")
    assert url == "https://app.example.com/purchase/abc"
    assert body_of(route.calls.last.request) == {"customer_type": "user", "customer_id": "me", "product_id": "pro",
                                                 "return_url": "https://app.example.com/billing"}


@respx.mock
async def test_get_billing() -> None:
    respx.get(f"{API}/payments/billing/team/{TEAM_ID}").mock(return_value=httpx.Response(200, json={
        "has_customer": True,
        "default_payment_method": {"id": "pm_1", "brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030},
    }))
    b = await server_sdk().payments.get_billing("team", TEAM_ID)
    assert b.has_customer is True
    assert b.default_payment_method is not None and b.default_payment_method.last4 == "4242"  # type: ignore[union-attr]


@respx.mock
async def test_get_billing_without_payment_method() -> None:
    respx.get(f"{API}/payments/billing/user/me").mock(
        return_value=httpx.Response(200, json={"has_customer": False, "default_payment_method": None}))
    b = await client_sdk().payments.get_billing("user", "me")
    assert (b.has_customer, b.default_payment_method) == (False, None)


@respx.mock
async def test_create_setup_intent() -> None:
    route = respx.post(f"{API}/payments/payment-method/user/me/setup-intent").mock(
        return_value=httpx.Response(200, json={"client_secret": "seti_secret", "stripe_account_id": "acct_1"}))
    r = await client_sdk().payments.create_setup_intent("user", "me")
    assert body_of(route.calls.last.request) == {}
    assert (r.client_secret, r.stripe_account_id) == ("seti_secret", "acct_1")


@respx.mock
async def test_set_default_payment_method() -> None:
    route = respx.post(f"{API}/payments/payment-method/user/me/set-default").mock(
        return_value=httpx.Response(200, json={"success": True}))
    assert await client_sdk().payments.set_default_payment_method("user", "me", "seti_1") is None
    assert body_of(route.calls.last.request) == {"setup_intent_id": "seti_1"}
