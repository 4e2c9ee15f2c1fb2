from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DataVaultSetBody")


@_attrs_define
class DataVaultSetBody:
    """
    Example:
        {}

    Attributes:
        encrypted_value (str):
        hashed_key (str):
    """

    encrypted_value: str = _attrs_field(repr=False)
    hashed_key: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_value = self.encrypted_value

        hashed_key = self.hashed_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_value": encrypted_value,
                "hashed_key": hashed_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_value = d.pop("encrypted_value")

        hashed_key = d.pop("hashed_key")

        data_vault_set_body = cls(
            encrypted_value=encrypted_value,
            hashed_key=hashed_key,
        )

        data_vault_set_body.additional_properties = d
        return data_vault_set_body

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
