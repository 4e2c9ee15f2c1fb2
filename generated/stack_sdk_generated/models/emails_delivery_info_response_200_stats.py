from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_stats import EmailStats


T = TypeVar("T", bound="EmailsDeliveryInfoResponse200Stats")


@_attrs_define
class EmailsDeliveryInfoResponse200Stats:
    """
    Attributes:
        day (EmailStats):
        hour (EmailStats):
        month (EmailStats):
        week (EmailStats):
    """

    day: EmailStats
    hour: EmailStats
    month: EmailStats
    week: EmailStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day.to_dict()

        hour = self.hour.to_dict()

        month = self.month.to_dict()

        week = self.week.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "hour": hour,
                "month": month,
                "week": week,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_stats import EmailStats  # noqa: PLC0415

        d = dict(src_dict)
        day = EmailStats.from_dict(d.pop("day"))

        hour = EmailStats.from_dict(d.pop("hour"))

        month = EmailStats.from_dict(d.pop("month"))

        week = EmailStats.from_dict(d.pop("week"))

        emails_delivery_info_response_200_stats = cls(
            day=day,
            hour=hour,
            month=month,
            week=week,
        )

        emails_delivery_info_response_200_stats.additional_properties = d
        return emails_delivery_info_response_200_stats

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
