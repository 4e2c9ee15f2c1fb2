from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem")


@_attrs_define
class PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem:
    """
    Attributes:
        display_name (str):
        product_id (str):
    """

    display_name: str
    product_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "product_id": product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        product_id = d.pop("product_id")

        payments_validate_purchase_code_response_200_conflicting_products_item = cls(
            display_name=display_name,
            product_id=product_id,
        )

        payments_validate_purchase_code_response_200_conflicting_products_item.additional_properties = d
        return payments_validate_purchase_code_response_200_conflicting_products_item

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
