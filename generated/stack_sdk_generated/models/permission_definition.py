from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionDefinition")


@_attrs_define
class PermissionDefinition:
    """
    Attributes:
        contained_permission_ids (list[str]): The IDs of the permissions that are contained in this permission Example:
            ['read_public_info'].
        id (str): The permission ID used to uniquely identify a permission. Can either be a custom permission with
            lowercase letters, numbers, `:`, and `_` characters, or one of the system permissions: `$update_team`,
            `$delete_team`, `$read_members`, `$remove_members`, `$invite_members`, `$manage_api_keys` Example:
            read_secret_info.
        description (None | str | Unset): A human-readable description of the permission Example: Read secret
            information.
    """

    contained_permission_ids: list[str]
    id: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contained_permission_ids = self.contained_permission_ids

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contained_permission_ids": contained_permission_ids,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contained_permission_ids = cast(list[str], d.pop("contained_permission_ids"))

        id = d.pop("id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        permission_definition = cls(
            contained_permission_ids=contained_permission_ids,
            id=id,
            description=description,
        )

        permission_definition.additional_properties = d
        return permission_definition

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
