from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_type import MfaType, check_mfa_type

T = TypeVar("T", bound="AuthMfaSignInBody")


@_attrs_define
class AuthMfaSignInBody:
    """
    Example:
        {'code': 'u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2'}

    Attributes:
        code (str): A 45 character code Example: u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2.
        totp (str):
        type_ (MfaType):
    """

    code: str
    totp: str
    type_: MfaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        totp = self.totp

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "totp": totp,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        totp = d.pop("totp")

        type_ = check_mfa_type(d.pop("type"))

        auth_mfa_sign_in_body = cls(
            code=code,
            totp=totp,
            type_=type_,
        )

        auth_mfa_sign_in_body.additional_properties = d
        return auth_mfa_sign_in_body

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
