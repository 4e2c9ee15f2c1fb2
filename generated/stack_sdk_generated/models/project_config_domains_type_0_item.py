from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectConfigDomainsType0Item")


@_attrs_define
class ProjectConfigDomainsType0Item:
    """
    Attributes:
        domain (str):
        handler_path (None | str | Unset):
    """

    domain: str
    handler_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        handler_path: None | str | Unset
        if isinstance(self.handler_path, Unset):
            handler_path = UNSET
        else:
            handler_path = self.handler_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
            }
        )
        if handler_path is not UNSET:
            field_dict["handler_path"] = handler_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        def _parse_handler_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handler_path = _parse_handler_path(d.pop("handler_path", UNSET))

        project_config_domains_type_0_item = cls(
            domain=domain,
            handler_path=handler_path,
        )

        project_config_domains_type_0_item.additional_properties = d
        return project_config_domains_type_0_item

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
