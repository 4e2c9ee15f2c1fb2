from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthTokens")


@_attrs_define
class AuthTokens:
    """
    Attributes:
        access_token (str):
        refresh_token (str):
        user_id (str):
        is_new_user (bool | None | Unset): Whether the user is a new user Example: True.
    """

    access_token: str = _attrs_field(repr=False)
    refresh_token: str = _attrs_field(repr=False)
    user_id: str
    is_new_user: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        user_id = self.user_id

        is_new_user: bool | None | Unset
        if isinstance(self.is_new_user, Unset):
            is_new_user = UNSET
        else:
            is_new_user = self.is_new_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "user_id": user_id,
            }
        )
        if is_new_user is not UNSET:
            field_dict["is_new_user"] = is_new_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        user_id = d.pop("user_id")

        def _parse_is_new_user(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_new_user = _parse_is_new_user(d.pop("is_new_user", UNSET))

        auth_tokens = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            user_id=user_id,
            is_new_user=is_new_user,
        )

        auth_tokens.additional_properties = d
        return auth_tokens

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
