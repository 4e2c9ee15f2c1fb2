from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentsCreatePurchaseSessionBody")


@_attrs_define
class PaymentsCreatePurchaseSessionBody:
    """
    Example:
        {'full_code': 'proj_abc123_def456ghi789', 'price_id': 'price_1234567890abcdef', 'quantity': 1}

    Attributes:
        full_code (str): The verification code, given as a query parameter in the purchase URL Example:
            proj_abc123_def456ghi789.
        price_id (str): The Stack auth price ID to purchase Example: price_1234567890abcdef.
        quantity (int | None | Unset): The quantity to purchase Default: 1. Example: 1.
    """

    full_code: str
    price_id: str
    quantity: int | None | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_code = self.full_code

        price_id = self.price_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full_code": full_code,
                "price_id": price_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_code = d.pop("full_code")

        price_id = d.pop("price_id")

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        payments_create_purchase_session_body = cls(
            full_code=full_code,
            price_id=price_id,
            quantity=quantity,
        )

        payments_create_purchase_session_body.additional_properties = d
        return payments_create_purchase_session_body

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
