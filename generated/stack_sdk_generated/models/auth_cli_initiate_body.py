from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthCliInitiateBody")


@_attrs_define
class AuthCliInitiateBody:
    """
    Example:
        {}

    Attributes:
        anon_refresh_token (None | str | Unset):
        expires_in_millis (int | None | Unset):  Default: 7200000.
    """

    anon_refresh_token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    expires_in_millis: int | None | Unset = 7200000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anon_refresh_token: None | str | Unset
        if isinstance(self.anon_refresh_token, Unset):
            anon_refresh_token = UNSET
        else:
            anon_refresh_token = self.anon_refresh_token

        expires_in_millis: int | None | Unset
        if isinstance(self.expires_in_millis, Unset):
            expires_in_millis = UNSET
        else:
            expires_in_millis = self.expires_in_millis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anon_refresh_token is not UNSET:
            field_dict["anon_refresh_token"] = anon_refresh_token
        if expires_in_millis is not UNSET:
            field_dict["expires_in_millis"] = expires_in_millis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_anon_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anon_refresh_token = _parse_anon_refresh_token(d.pop("anon_refresh_token", UNSET))

        def _parse_expires_in_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_millis = _parse_expires_in_millis(d.pop("expires_in_millis", UNSET))

        auth_cli_initiate_body = cls(
            anon_refresh_token=anon_refresh_token,
            expires_in_millis=expires_in_millis,
        )

        auth_cli_initiate_body.additional_properties = d
        return auth_cli_initiate_body

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
