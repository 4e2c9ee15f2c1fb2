from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuthPasswordResetBody")


@_attrs_define
class AuthPasswordResetBody:
    """
    Example:
        {'code': 'u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2'}

    Attributes:
        code (str): A 45 character code Example: u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2.
        password (str):
    """

    code: str
    password: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        password = d.pop("password")

        auth_password_reset_body = cls(
            code=code,
            password=password,
        )

        auth_password_reset_body.additional_properties = d
        return auth_password_reset_body

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
