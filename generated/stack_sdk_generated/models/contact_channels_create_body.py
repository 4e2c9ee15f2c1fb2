from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel_type import ContactChannelType, check_contact_channel_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactChannelsCreateBody")


@_attrs_define
class ContactChannelsCreateBody:
    """
    Example:
        {'is_primary': True, 'type': 'email', 'used_for_auth': True, 'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c',
            'value': 'johndoe@example.com'}

    Attributes:
        type_ (ContactChannelType):
        used_for_auth (bool): Whether the contact channel is used for authentication. If this is set to `true`, the user
            will be able to sign in with the contact channel with password or OTP. Example: True.
        user_id (str): The ID of the user, or the special value `me` for the currently authenticated user Example:
            3241a285-8329-4d69-8f3d-316e08cf140c.
        value (str): The value of the contact channel. For email, this should be a valid email address. Example:
            johndoe@example.com.
        is_primary (bool | None | Unset): Whether the contact channel is the primary contact channel. If this is set to
            `true`, it will be used for authentication and notifications by default. Example: True.
        is_verified (bool | None | Unset): Whether the contact channel has been verified. If this is set to `true`, the
            contact channel has been verified to belong to the user. Example: True.
    """

    type_: ContactChannelType
    used_for_auth: bool
    user_id: str
    value: str
    is_primary: bool | None | Unset = UNSET
    is_verified: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        used_for_auth = self.used_for_auth

        user_id = self.user_id

        value = self.value

        is_primary: bool | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        is_verified: bool | None | Unset
        if isinstance(self.is_verified, Unset):
            is_verified = UNSET
        else:
            is_verified = self.is_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "used_for_auth": used_for_auth,
                "user_id": user_id,
                "value": value,
            }
        )
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_contact_channel_type(d.pop("type"))

        used_for_auth = d.pop("used_for_auth")

        user_id = d.pop("user_id")

        value = d.pop("value")

        def _parse_is_primary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        def _parse_is_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_verified = _parse_is_verified(d.pop("is_verified", UNSET))

        contact_channels_create_body = cls(
            type_=type_,
            used_for_auth=used_for_auth,
            user_id=user_id,
            value=value,
            is_primary=is_primary,
            is_verified=is_verified,
        )

        contact_channels_create_body.additional_properties = d
        return contact_channels_create_body

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
