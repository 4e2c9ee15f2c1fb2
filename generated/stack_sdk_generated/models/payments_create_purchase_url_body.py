from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType, check_customer_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_product import InlineProduct


T = TypeVar("T", bound="PaymentsCreatePurchaseUrlBody")


@_attrs_define
class PaymentsCreatePurchaseUrlBody:
    """
    Example:
        {'customer_id': 'user_1234567890abcdef', 'customer_type': 'user', 'product_id': 'prod_premium_monthly',
            'return_url': 'https://myapp.com/purchase-success'}

    Attributes:
        customer_id (str): The ID of the customer (user ID, team ID, or custom customer ID) Example:
            user_1234567890abcdef.
        customer_type (CustomerType):
        product_id (None | str | Unset): The ID of the product to purchase. Either this or product_inline should be
            given. Example: prod_premium_monthly.
        product_inline (InlineProduct | None | Unset):
        return_url (None | str | Unset): URL to redirect to after purchase completion. Must be configured as a trusted
            domain in the project configuration. Example: https://myapp.com/purchase-success.
    """

    customer_id: str
    customer_type: CustomerType
    product_id: None | str | Unset = UNSET
    product_inline: InlineProduct | None | Unset = UNSET
    return_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_product import InlineProduct  # noqa: PLC0415

        customer_id = self.customer_id

        customer_type: str = self.customer_type

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_inline: dict[str, Any] | None | Unset
        if isinstance(self.product_inline, Unset):
            product_inline = UNSET
        elif isinstance(self.product_inline, InlineProduct):
            product_inline = self.product_inline.to_dict()
        else:
            product_inline = self.product_inline

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "customer_type": customer_type,
            }
        )
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_inline is not UNSET:
            field_dict["product_inline"] = product_inline
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inline_product import InlineProduct  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        customer_type = check_customer_type(d.pop("customer_type"))

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_product_inline(data: object) -> InlineProduct | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_inline_type_0 = InlineProduct.from_dict(data)

                return product_inline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InlineProduct | None | Unset, data)

        product_inline = _parse_product_inline(d.pop("product_inline", UNSET))

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        payments_create_purchase_url_body = cls(
            customer_id=customer_id,
            customer_type=customer_type,
            product_id=product_id,
            product_inline=product_inline,
            return_url=return_url,
        )

        payments_create_purchase_url_body.additional_properties = d
        return payments_create_purchase_url_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
