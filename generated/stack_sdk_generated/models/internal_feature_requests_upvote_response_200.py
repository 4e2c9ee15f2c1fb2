from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalFeatureRequestsUpvoteResponse200")


@_attrs_define
class InternalFeatureRequestsUpvoteResponse200:
    """
    Attributes:
        success (bool):
        upvoted (bool | None | Unset):
    """

    success: bool
    upvoted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        upvoted: bool | None | Unset
        if isinstance(self.upvoted, Unset):
            upvoted = UNSET
        else:
            upvoted = self.upvoted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if upvoted is not UNSET:
            field_dict["upvoted"] = upvoted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        def _parse_upvoted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upvoted = _parse_upvoted(d.pop("upvoted", UNSET))

        internal_feature_requests_upvote_response_200 = cls(
            success=success,
            upvoted=upvoted,
        )

        internal_feature_requests_upvote_response_200.additional_properties = d
        return internal_feature_requests_upvote_response_200

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
