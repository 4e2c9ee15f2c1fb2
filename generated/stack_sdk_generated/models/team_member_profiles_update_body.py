from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberProfilesUpdateBody")


@_attrs_define
class TeamMemberProfilesUpdateBody:
    """
    Example:
        {'display_name': 'John Doe', 'profile_image_url': 'https://example.com/image.jpg'}

    Attributes:
        display_name (None | str | Unset): Human-readable team member display name. This is not a unique identifier.
            Note that this is separate from the display_name of the user. Example: John Doe.
        profile_image_url (None | str | Unset): URL of the profile image for team member. Can be a Base64 encoded image.
            Must be smaller than 100KB. Please compress and crop to a square before passing in. Example:
            https://example.com/image.jpg.
    """

    display_name: None | str | Unset = UNSET
    profile_image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        profile_image_url: None | str | Unset
        if isinstance(self.profile_image_url, Unset):
            profile_image_url = UNSET
        else:
            profile_image_url = self.profile_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_profile_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url", UNSET))

        team_member_profiles_update_body = cls(
            display_name=display_name,
            profile_image_url=profile_image_url,
        )

        team_member_profiles_update_body.additional_properties = d
        return team_member_profiles_update_body

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
