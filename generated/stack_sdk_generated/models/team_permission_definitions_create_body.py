from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamPermissionDefinitionsCreateBody")


@_attrs_define
class TeamPermissionDefinitionsCreateBody:
    """
    Example:
        {'contained_permission_ids': ['read_public_info'], 'description': 'Read secret information', 'id':
            'read_secret_info'}

    Attributes:
        id (str): The permission ID used to uniquely identify a permission. Can only contain lowercase letters, numbers,
            ":", and "_" characters Example: read_secret_info.
        contained_permission_ids (list[str] | None | Unset): The IDs of the permissions that are contained in this
            permission Example: ['read_public_info'].
        description (None | str | Unset): A human-readable description of the permission Example: Read secret
            information.
    """

    id: str
    contained_permission_ids: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contained_permission_ids: list[str] | None | Unset
        if isinstance(self.contained_permission_ids, Unset):
            contained_permission_ids = UNSET
        elif isinstance(self.contained_permission_ids, list):
            contained_permission_ids = self.contained_permission_ids

        else:
            contained_permission_ids = self.contained_permission_ids

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if contained_permission_ids is not UNSET:
            field_dict["contained_permission_ids"] = contained_permission_ids
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_contained_permission_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contained_permission_ids_type_0 = cast(list[str], data)

                return contained_permission_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        contained_permission_ids = _parse_contained_permission_ids(d.pop("contained_permission_ids", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        team_permission_definitions_create_body = cls(
            id=id,
            contained_permission_ids=contained_permission_ids,
            description=description,
        )

        team_permission_definitions_create_body.additional_properties = d
        return team_permission_definitions_create_body

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
