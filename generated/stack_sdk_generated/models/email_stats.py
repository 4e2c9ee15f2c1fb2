from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmailStats")


@_attrs_define
class EmailStats:
    """
    Attributes:
        bounced (int):
        marked_as_spam (int):
        sent (int):
    """

    bounced: int
    marked_as_spam: int
    sent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounced = self.bounced

        marked_as_spam = self.marked_as_spam

        sent = self.sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bounced": bounced,
                "marked_as_spam": marked_as_spam,
                "sent": sent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bounced = d.pop("bounced")

        marked_as_spam = d.pop("marked_as_spam")

        sent = d.pop("sent")

        email_stats = cls(
            bounced=bounced,
            marked_as_spam=marked_as_spam,
            sent=sent,
        )

        email_stats.additional_properties = d
        return email_stats

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
