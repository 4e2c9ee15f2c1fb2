from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthSessionsCreateBody")


@_attrs_define
class AuthSessionsCreateBody:
    """
    Example:
        {'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}

    Attributes:
        user_id (str): The ID of the user, or the special value `me` for the currently authenticated user Example:
            3241a285-8329-4d69-8f3d-316e08cf140c.
        expires_in_millis (int | None | Unset):  Default: 31536000000.
        is_impersonation (bool | None | Unset):
    """

    user_id: str
    expires_in_millis: int | None | Unset = 31536000000
    is_impersonation: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        expires_in_millis: int | None | Unset
        if isinstance(self.expires_in_millis, Unset):
            expires_in_millis = UNSET
        else:
            expires_in_millis = self.expires_in_millis

        is_impersonation: bool | None | Unset
        if isinstance(self.is_impersonation, Unset):
            is_impersonation = UNSET
        else:
            is_impersonation = self.is_impersonation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if expires_in_millis is not UNSET:
            field_dict["expires_in_millis"] = expires_in_millis
        if is_impersonation is not UNSET:
            field_dict["is_impersonation"] = is_impersonation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        def _parse_expires_in_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_millis = _parse_expires_in_millis(d.pop("expires_in_millis", UNSET))

        def _parse_is_impersonation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_impersonation = _parse_is_impersonation(d.pop("is_impersonation", UNSET))

        auth_sessions_create_body = cls(
            user_id=user_id,
            expires_in_millis=expires_in_millis,
            is_impersonation=is_impersonation,
        )

        auth_sessions_create_body.additional_properties = d
        return auth_sessions_create_body

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
