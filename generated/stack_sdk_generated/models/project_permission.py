from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectPermission")


@_attrs_define
class ProjectPermission:
    """
    Attributes:
        id (str): The permission ID used to uniquely identify a permission. Can either be a custom permission with
            lowercase letters, numbers, `:`, and `_` characters, or one of the system permissions: `$update_team`,
            `$delete_team`, `$read_members`, `$remove_members`, `$invite_members`, `$manage_api_keys` Example:
            read_secret_info.
        user_id (str): The unique identifier of the user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
    """

    id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        project_permission = cls(
            id=id,
            user_id=user_id,
        )

        project_permission.additional_properties = d
        return project_permission

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
