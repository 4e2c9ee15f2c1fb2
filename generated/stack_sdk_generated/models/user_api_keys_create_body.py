from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserApiKeysCreateBody")


@_attrs_define
class UserApiKeysCreateBody:
    """
    Example:
        {'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}

    Attributes:
        description (str):
        user_id (str): The ID of the user, or the special value `me` for the currently authenticated user Example:
            3241a285-8329-4d69-8f3d-316e08cf140c.
        expires_at_millis (int | None | Unset):
        is_public (bool | None | Unset):
    """

    description: str
    user_id: str
    expires_at_millis: int | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        user_id = self.user_id

        expires_at_millis: int | None | Unset
        if isinstance(self.expires_at_millis, Unset):
            expires_at_millis = UNSET
        else:
            expires_at_millis = self.expires_at_millis

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "user_id": user_id,
            }
        )
        if expires_at_millis is not UNSET:
            field_dict["expires_at_millis"] = expires_at_millis
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        user_id = d.pop("user_id")

        def _parse_expires_at_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at_millis = _parse_expires_at_millis(d.pop("expires_at_millis", UNSET))

        def _parse_is_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        user_api_keys_create_body = cls(
            description=description,
            user_id=user_id,
            expires_at_millis=expires_at_millis,
            is_public=is_public,
        )

        user_api_keys_create_body.additional_properties = d
        return user_api_keys_create_body

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
