from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_product import InlineProduct


T = TypeVar("T", bound="PaymentsGrantProductBody")


@_attrs_define
class PaymentsGrantProductBody:
    """
    Attributes:
        product_id (None | str | Unset):
        product_inline (InlineProduct | None | Unset):
        quantity (int | None | Unset):
    """

    product_id: None | str | Unset = UNSET
    product_inline: InlineProduct | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_product import InlineProduct  # noqa: PLC0415

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

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_inline is not UNSET:
            field_dict["product_inline"] = product_inline
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inline_product import InlineProduct  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        payments_grant_product_body = cls(
            product_id=product_id,
            product_inline=product_inline,
            quantity=quantity,
        )

        payments_grant_product_body.additional_properties = d
        return payments_grant_product_body

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
