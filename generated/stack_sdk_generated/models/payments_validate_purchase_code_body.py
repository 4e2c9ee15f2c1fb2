from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentsValidatePurchaseCodeBody")


@_attrs_define
class PaymentsValidatePurchaseCodeBody:
    """
    Example:
        {'full_code': 'proj_abc123_def456ghi789', 'return_url': 'https://myapp.com/purchase-success'}

    Attributes:
        full_code (str): The verification code, given as a query parameter in the purchase URL Example:
            proj_abc123_def456ghi789.
        return_url (None | str | Unset): URL to redirect to after purchase completion Example:
            https://myapp.com/purchase-success.
    """

    full_code: str
    return_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_code = self.full_code

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full_code": full_code,
            }
        )
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_code = d.pop("full_code")

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        payments_validate_purchase_code_body = cls(
            full_code=full_code,
            return_url=return_url,
        )

        payments_validate_purchase_code_body.additional_properties = d
        return payments_validate_purchase_code_body

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
