from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmailsDeliveryInfoResponse200Capacity")


@_attrs_define
class EmailsDeliveryInfoResponse200Capacity:
    """
    Attributes:
        penalty_factor (float):
        rate_per_second (float):
    """

    penalty_factor: float
    rate_per_second: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        penalty_factor = self.penalty_factor

        rate_per_second = self.rate_per_second

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "penalty_factor": penalty_factor,
                "rate_per_second": rate_per_second,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        penalty_factor = d.pop("penalty_factor")

        rate_per_second = d.pop("rate_per_second")

        emails_delivery_info_response_200_capacity = cls(
            penalty_factor=penalty_factor,
            rate_per_second=rate_per_second,
        )

        emails_delivery_info_response_200_capacity.additional_properties = d
        return emails_delivery_info_response_200_capacity

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
