from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="TeamMemberProfile")


@_attrs_define
class TeamMemberProfile:
    """
    Attributes:
        team_id (str): The unique identifier of the team Example: ad962777-8244-496a-b6a2-e0c6a449c79e.
        user_id (str): The unique identifier of the user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        display_name (None | str | Unset): Human-readable team member display name. This is not a unique identifier.
            Note that this is separate from the display_name of the user. Example: John Doe.
        profile_image_url (None | str | Unset): URL of the profile image for team member. Can be a Base64 encoded image.
            Must be smaller than 100KB. Please compress and crop to a square before passing in. Example:
            https://example.com/image.jpg.
        user (None | Unset | User):
    """

    team_id: str
    user_id: str
    display_name: None | str | Unset = UNSET
    profile_image_url: None | str | Unset = UNSET
    user: None | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user import User  # noqa: PLC0415

        team_id = self.team_id

        user_id = self.user_id

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

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "user_id": user_id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        team_id = d.pop("team_id")

        user_id = d.pop("user_id")

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

        def _parse_user(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        user = _parse_user(d.pop("user", UNSET))

        team_member_profile = cls(
            team_id=team_id,
            user_id=user_id,
            display_name=display_name,
            profile_image_url=profile_image_url,
            user=user,
        )

        team_member_profile.additional_properties = d
        return team_member_profile

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
