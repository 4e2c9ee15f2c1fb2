from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalConfigOverrideUpdateBody")


@_attrs_define
class InternalConfigOverrideUpdateBody:
    """
    Example:
        {}

    Attributes:
        config_override_string (None | str | Unset):
    """

    config_override_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_override_string: None | str | Unset
        if isinstance(self.config_override_string, Unset):
            config_override_string = UNSET
        else:
            config_override_string = self.config_override_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_override_string is not UNSET:
            field_dict["config_override_string"] = config_override_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_config_override_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_override_string = _parse_config_override_string(d.pop("config_override_string", UNSET))

        internal_config_override_update_body = cls(
            config_override_string=config_override_string,
        )

        internal_config_override_update_body.additional_properties = d
        return internal_config_override_update_body

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
