from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.emails_delivery_info_response_200_capacity import (
        EmailsDeliveryInfoResponse200Capacity,
    )
    from ..models.emails_delivery_info_response_200_stats import (
        EmailsDeliveryInfoResponse200Stats,
    )


T = TypeVar("T", bound="EmailsDeliveryInfoResponse200")


@_attrs_define
class EmailsDeliveryInfoResponse200:
    """
    Attributes:
        capacity (EmailsDeliveryInfoResponse200Capacity):
        stats (EmailsDeliveryInfoResponse200Stats):
    """

    capacity: EmailsDeliveryInfoResponse200Capacity
    stats: EmailsDeliveryInfoResponse200Stats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity.to_dict()

        stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emails_delivery_info_response_200_capacity import (
            EmailsDeliveryInfoResponse200Capacity,  # noqa: PLC0415
        )
        from ..models.emails_delivery_info_response_200_stats import (
            EmailsDeliveryInfoResponse200Stats,  # noqa: PLC0415
        )

        d = dict(src_dict)
        capacity = EmailsDeliveryInfoResponse200Capacity.from_dict(d.pop("capacity"))

        stats = EmailsDeliveryInfoResponse200Stats.from_dict(d.pop("stats"))

        emails_delivery_info_response_200 = cls(
            capacity=capacity,
            stats=stats,
        )

        emails_delivery_info_response_200.additional_properties = d
        return emails_delivery_info_response_200

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
