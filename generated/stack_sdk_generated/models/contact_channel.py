from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactChannel")


@_attrs_define
class ContactChannel:
    """
    Attributes:
        id (str): The unique identifier of the contact channel Example: b3d396b8-c574-4c80-97b3-50031675ceb2.
        is_primary (bool): Whether the contact channel is the primary contact channel. If this is set to `true`, it will
            be used for authentication and notifications by default. Example: True.
        is_verified (bool): Whether the contact channel has been verified. If this is set to `true`, the contact channel
            has been verified to belong to the user. Example: True.
        type_ (str): The type of the contact channel. Currently only "email" is supported. Example: email.
        used_for_auth (bool): Whether the contact channel is used for authentication. If this is set to `true`, the user
            will be able to sign in with the contact channel with password or OTP. Example: True.
        user_id (str): The unique identifier of the user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        value (str): The value of the contact channel. For email, this should be a valid email address. Example:
            johndoe@example.com.
    """

    id: str
    is_primary: bool
    is_verified: bool
    type_: str
    used_for_auth: bool
    user_id: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_primary = self.is_primary

        is_verified = self.is_verified

        type_ = self.type_

        used_for_auth = self.used_for_auth

        user_id = self.user_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_primary": is_primary,
                "is_verified": is_verified,
                "type": type_,
                "used_for_auth": used_for_auth,
                "user_id": user_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_primary = d.pop("is_primary")

        is_verified = d.pop("is_verified")

        type_ = d.pop("type")

        used_for_auth = d.pop("used_for_auth")

        user_id = d.pop("user_id")

        value = d.pop("value")

        contact_channel = cls(
            id=id,
            is_primary=is_primary,
            is_verified=is_verified,
            type_=type_,
            used_for_auth=used_for_auth,
            user_id=user_id,
            value=value,
        )

        contact_channel.additional_properties = d
        return contact_channel

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
