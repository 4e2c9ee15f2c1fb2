from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CodeBody")


@_attrs_define
class CodeBody:
    """
    Example:
        {'code': 'u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2'}

    Attributes:
        code (str): A 45-character verification code. For magic links, this is the code found in the "code" URL query
            parameter. For OTP, this is formed by concatenating the 6-digit code entered by the user with the nonce
            (received during code creation) Example: u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2.
    """

    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        code_body = cls(
            code=code,
        )

        code_body.additional_properties = d
        return code_body

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
