"""The ``payments`` namespace: items (credits, seats...), products, subscriptions, checkout and billing.

A customer is ``(customer_type, customer_id)``: ``"user"`` + a user id (``"me"`` for the view's user),
``"team"`` + a team id, or ``"custom"`` + your own id. Client calls act for the view's user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from stack_sdk_generated.models.customer_type import CustomerType
from stack_sdk_generated.models.payments_create_purchase_url_body import PaymentsCreatePurchaseUrlBody
from stack_sdk_generated.models.payments_create_purchase_url_response_200 import (
    PaymentsCreatePurchaseUrlResponse200,
)
from stack_sdk_generated.models.payments_create_setup_intent_response_200 import (
    PaymentsCreateSetupIntentResponse200,
)
from stack_sdk_generated.models.payments_get_billing_response_200 import PaymentsGetBillingResponse200
from stack_sdk_generated.models.payments_get_item_response_200 import PaymentsGetItemResponse200
from stack_sdk_generated.models.payments_grant_product_body import PaymentsGrantProductBody
from stack_sdk_generated.models.payments_list_invoices_response_200 import PaymentsListInvoicesResponse200
from stack_sdk_generated.models.payments_list_products_response_200 import PaymentsListProductsResponse200
from stack_sdk_generated.models.payments_set_default_payment_method_body import (
    PaymentsSetDefaultPaymentMethodBody,
)
from stack_sdk_generated.models.payments_switch_subscription_body import PaymentsSwitchSubscriptionBody
from stack_sdk_generated.models.payments_update_item_quantity_body import PaymentsUpdateItemQuantityBody
from stack_sdk_generated.types import Unset

from .._types import NOT_GIVEN, NotGiven, given
from ..errors import ItemQuantityInsufficientAmount
from ..pagination import AsyncPaginator, Page
from ._args import CustomerType as CustomerTypeArg
from ._args import customer_type as customer_type_arg
from ._args import positive_int, require_bool, require_id
from ._base import Resource

T = TypeVar("T")
_NONE = type(None)  # operations whose 200 body the spec leaves undescribed parse to None


def _customer(customer_type: object, customer_id: object) -> tuple[CustomerType, str]:
    return customer_type_arg(customer_type), require_id("customer_id", customer_id)


def _body(model: type[T], data: dict[str, Any]) -> T:
    # The generated from_dict raises bare KeyError/TypeError on a malformed inline product: name the argument.
    try:
        return model.from_dict(data)  # type: ignore[attr-defined,no-any-return]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(
            f"product is not a valid inline product ({type(exc).__name__}: {exc}); it needs at least "
            "display_name and customer_type, e.g. {'display_name': 'Pro', 'customer_type': 'user', 'prices': {...}}"
        ) from exc


def _product(product_id: str | NotGiven, product: Mapping[str, Any] | NotGiven) -> dict[str, Any]:
    if isinstance(product_id, NotGiven) == isinstance(product, NotGiven):
        raise ValueError(
            "pass exactly one of product_id=... (a configured product) or product={...} (inline)"
        )
    if not isinstance(product_id, NotGiven):
        return {"product_id": require_id("product_id", product_id)}
    if not isinstance(product, Mapping):
        raise TypeError(
            "product must be a dict describing an inline product (display_name, customer_type, ...)"
        )
    missing = [k for k in ("display_name", "customer_type") if k not in product]
    if missing:
        # The generated parser passes a malformed inline product through unchecked: say what is missing.
        raise ValueError(
            f"product (an inline product) lacks {', '.join(missing)}; e.g. "
            "{'display_name': 'Pro', 'customer_type': 'user', 'prices': {...}}"
        )
    return {"product_inline": dict(product)}


def _next_cursor(r: PaymentsListProductsResponse200 | PaymentsListInvoicesResponse200) -> str | None:
    if r.pagination is None or isinstance(r.pagination, Unset):
        return None
    cursor = r.pagination.next_cursor
    return cursor if isinstance(cursor, str) else None


class Payments(Resource):
    """Items, products and billing of a customer (a user, a team, or a custom customer id)."""

    # -- items --------------------------------------------------------------------------------------

    async def get_item(
        self, customer_type: CustomerTypeArg, customer_id: str, item_id: str
    ) -> PaymentsGetItemResponse200:
        """An item of a customer: ``id``, ``display_name``, ``quantity`` (may be negative).

        >>> item = await s.payments.get_item("user", user_id, "credits")  # doctest: +SKIP
        >>> item.quantity  # doctest: +SKIP
        42
        """
        ctype, cid = _customer(customer_type, customer_id)
        return await self._api.call(
            "payments_get_item",
            PaymentsGetItemResponse200,
            customer_type=ctype,
            customer_id=cid,
            item_id=require_id("item_id", item_id),
        )

    async def update_item_quantity(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        item_id: str,
        *,
        delta: int,
        allow_negative: bool = False,
        expires_at: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add ``delta`` (may be negative) to an item's quantity (server access).

        With ``allow_negative=False`` a change that would go below zero raises ``ItemQuantityInsufficientAmount``.

        >>> await s.payments.update_item_quantity("team", team_id, "seats", delta=5)  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        if not isinstance(delta, int) or isinstance(delta, bool) or delta == 0:
            raise ValueError(f"delta must be a non-zero integer, got {delta!r}")
        require_bool("allow_negative", allow_negative)
        body = PaymentsUpdateItemQuantityBody.from_dict(
            given(delta=delta, expires_at=expires_at, description=description)
        )
        await self._api.call(
            "payments_update_item_quantity",
            _NONE,
            customer_type=ctype,
            customer_id=cid,
            item_id=require_id("item_id", item_id),
            body=body,
            allow_negative=allow_negative,
        )

    async def increase_item_quantity(
        self, customer_type: CustomerTypeArg, customer_id: str, item_id: str, amount: int
    ) -> None:
        """Add ``amount`` (> 0) to an item.

        >>> await s.payments.increase_item_quantity("user", user_id, "credits", 10)  # doctest: +SKIP
        """
        await self.update_item_quantity(
            customer_type, customer_id, item_id, delta=positive_int("amount", amount), allow_negative=False
        )

    async def decrease_item_quantity(
        self, customer_type: CustomerTypeArg, customer_id: str, item_id: str, amount: int
    ) -> None:
        """Remove ``amount`` (> 0) from an item, even if the quantity goes below zero.

        >>> await s.payments.decrease_item_quantity("user", user_id, "credits", 3)  # doctest: +SKIP
        """
        await self.update_item_quantity(
            customer_type, customer_id, item_id, delta=-positive_int("amount", amount), allow_negative=True
        )

    async def try_decrease_item_quantity(
        self, customer_type: CustomerTypeArg, customer_id: str, item_id: str, amount: int
    ) -> bool:
        """Remove ``amount`` (> 0) only if enough is left: ``True`` if done, ``False`` if the quantity is too low.

        >>> if not await s.payments.try_decrease_item_quantity("user", user_id, "credits", 1):  # doctest: +SKIP
        ...     raise PaymentRequired()
        """
        try:
            await self.update_item_quantity(
                customer_type,
                customer_id,
                item_id,
                delta=-positive_int("amount", amount),
                allow_negative=False,
            )
        except ItemQuantityInsufficientAmount:
            return False
        return True

    # -- products and subscriptions -----------------------------------------------------------------

    def list_products(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[dict[str, Any]]:
        """The customer's products (one dict per owned product), page by page.

        >>> async for product in s.payments.list_products("user", user_id):  # doctest: +SKIP
        ...     print(product["id"], product["quantity"])
        """
        ctype, cid = _customer(customer_type, customer_id)
        if not isinstance(limit, NotGiven):
            positive_int("limit", limit)

        async def fetch(cursor: str | None) -> Page[dict[str, Any]]:
            params = given(limit=limit, cursor=cursor if cursor else NOT_GIVEN)
            r = await self._api.call(
                "payments_list_products",
                PaymentsListProductsResponse200,
                customer_type=ctype,
                customer_id=cid,
                **params,
            )
            return Page(items=list(r.items), next_cursor=_next_cursor(r))

        return AsyncPaginator(fetch)

    async def grant_product(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        product: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Give a customer a product without payment (server access): a configured ``product_id`` or an
        inline ``product`` dict.

        >>> await s.payments.grant_product("team", team_id, product_id="pro-plan")  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        if not isinstance(quantity, NotGiven):
            positive_int("quantity", quantity)
        body = _body(PaymentsGrantProductBody, {**_product(product_id, product), **given(quantity=quantity)})
        await self._api.call("payments_grant_product", _NONE, customer_type=ctype, customer_id=cid, body=body)

    async def cancel_subscription(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        product_id: str,
        *,
        subscription_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel the customer's subscription to a product (``subscription_id`` picks one of several).

        >>> await s.payments.cancel_subscription("user", "me", "pro-plan")  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        await self._api.call(
            "payments_cancel_product",
            _NONE,
            customer_type=ctype,
            customer_id=cid,
            product_id=require_id("product_id", product_id),
            **given(subscription_id=subscription_id),
        )

    async def switch_subscription(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        *,
        from_product_id: str,
        to_product_id: str,
        price_id: str | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Move a subscription to another product (needs a default payment method).

        >>> await s.payments.switch_subscription("team", team_id, from_product_id="basic",
        ...                                      to_product_id="pro")  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        if not isinstance(quantity, NotGiven):
            positive_int("quantity", quantity)
        body = PaymentsSwitchSubscriptionBody.from_dict(
            {
                "from_product_id": require_id("from_product_id", from_product_id),
                "to_product_id": require_id("to_product_id", to_product_id),
                **given(price_id=price_id, quantity=quantity),
            }
        )
        await self._api.call(
            "payments_switch_subscription", _NONE, customer_type=ctype, customer_id=cid, body=body
        )

    # -- checkout and billing -----------------------------------------------------------------------

    async def create_checkout_url(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        *,
        product_id: str | NotGiven = NOT_GIVEN,
        product: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        return_url: str | NotGiven = NOT_GIVEN,
    ) -> str:
        """A checkout page URL where the customer buys a product.

        >>> url = await s.payments.create_checkout_url("user", "me", product_id="pro-plan",
        ...                                            return_url="https://app.example.com/billing")  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        body = _body(
            PaymentsCreatePurchaseUrlBody,
            {
                "customer_type": ctype,
                "customer_id": cid,
                **_product(product_id, product),
                **given(return_url=return_url),
            },
        )
        r = await self._api.call(
            "payments_create_purchase_url", PaymentsCreatePurchaseUrlResponse200, body=body
        )
        return r.url

    async def get_billing(
        self, customer_type: CustomerTypeArg, customer_id: str
    ) -> PaymentsGetBillingResponse200:
        """Whether the customer has a billing account, and its default payment method (brand, last4...).

        >>> billing = await s.payments.get_billing("team", team_id)  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        return await self._api.call(
            "payments_get_billing", PaymentsGetBillingResponse200, customer_type=ctype, customer_id=cid
        )

    async def create_setup_intent(
        self, customer_type: CustomerTypeArg, customer_id: str
    ) -> PaymentsCreateSetupIntentResponse200:
        """A Stripe SetupIntent (``client_secret``, ``stripe_account_id``) to add a payment method with Stripe.js.

        >>> intent = await s.payments.create_setup_intent("user", "me")  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        return await self._api.call(
            "payments_create_setup_intent",
            PaymentsCreateSetupIntentResponse200,
            customer_type=ctype,
            customer_id=cid,
            body={},
        )

    async def set_default_payment_method(
        self, customer_type: CustomerTypeArg, customer_id: str, setup_intent_id: str
    ) -> None:
        """Make the payment method of a confirmed SetupIntent the customer's default.

        >>> await s.payments.set_default_payment_method("user", "me", "seti_123")  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        body = PaymentsSetDefaultPaymentMethodBody(
            setup_intent_id=require_id("setup_intent_id", setup_intent_id)
        )
        await self._api.call(
            "payments_set_default_payment_method", _NONE, customer_type=ctype, customer_id=cid, body=body
        )

    def list_invoices(
        self,
        customer_type: CustomerTypeArg,
        customer_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[dict[str, Any]]:
        """The customer's invoices (one dict each), page by page.

        >>> invoices = await s.payments.list_invoices("team", team_id, limit=20)  # doctest: +SKIP
        """
        ctype, cid = _customer(customer_type, customer_id)
        if not isinstance(limit, NotGiven):
            positive_int("limit", limit)

        async def fetch(cursor: str | None) -> Page[dict[str, Any]]:
            params = given(limit=limit, cursor=cursor if cursor else NOT_GIVEN)
            r = await self._api.call(
                "payments_list_invoices",
                PaymentsListInvoicesResponse200,
                customer_type=ctype,
                customer_id=cid,
                **params,
            )
            return Page(items=list(r.items), next_cursor=_next_cursor(r))

        return AsyncPaginator(fetch)
