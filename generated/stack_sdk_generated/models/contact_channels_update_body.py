from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel_type import ContactChannelType, check_contact_channel_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactChannelsUpdateBody")


@_attrs_define
class ContactChannelsUpdateBody:
    """
    Example:
        {'is_primary': True, 'type': 'email', 'used_for_auth': True, 'value': 'johndoe@example.com'}

    Attributes:
        is_primary (bool | None | Unset): Whether the contact channel is the primary contact channel. If this is set to
            `true`, it will be used for authentication and notifications by default. Example: True.
        is_verified (bool | None | Unset): Whether the contact channel has been verified. If this is set to `true`, the
            contact channel has been verified to belong to the user. Example: True.
        type_ (ContactChannelType | None | Unset):
        used_for_auth (bool | None | Unset): Whether the contact channel is used for authentication. If this is set to
            `true`, the user will be able to sign in with the contact channel with password or OTP. Example: True.
        value (None | str | Unset): The value of the contact channel. For email, this should be a valid email address.
            Example: johndoe@example.com.
    """

    is_primary: bool | None | Unset = UNSET
    is_verified: bool | None | Unset = UNSET
    type_: ContactChannelType | None | Unset = UNSET
    used_for_auth: bool | None | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        used_for_auth: bool | None | Unset
        if isinstance(self.used_for_auth, Unset):
            used_for_auth = UNSET
        else:
            used_for_auth = self.used_for_auth

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if type_ is not UNSET:
            field_dict["type"] = type_
        if used_for_auth is not UNSET:
            field_dict["used_for_auth"] = used_for_auth
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_type_(data: object) -> ContactChannelType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_contact_channel_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactChannelType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_used_for_auth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        used_for_auth = _parse_used_for_auth(d.pop("used_for_auth", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        contact_channels_update_body = cls(
            is_primary=is_primary,
            is_verified=is_verified,
            type_=type_,
            used_for_auth=used_for_auth,
            value=value,
        )

        contact_channels_update_body.additional_properties = d
        return contact_channels_update_body

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
