from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamApiKeyFirstView")


@_attrs_define
class TeamApiKeyFirstView:
    """
    Attributes:
        created_at_millis (int):
        description (str):
        id (str):
        is_public (bool):
        team_id (str):
        type_ (str):
        value (str):
        expires_at_millis (int | None | Unset):
        manually_revoked_at_millis (int | None | Unset):
    """

    created_at_millis: int
    description: str
    id: str
    is_public: bool
    team_id: str
    type_: str
    value: str = _attrs_field(repr=False)
    expires_at_millis: int | None | Unset = UNSET
    manually_revoked_at_millis: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at_millis = self.created_at_millis

        description = self.description

        id = self.id

        is_public = self.is_public

        team_id = self.team_id

        type_ = self.type_

        value = self.value

        expires_at_millis: int | None | Unset
        if isinstance(self.expires_at_millis, Unset):
            expires_at_millis = UNSET
        else:
            expires_at_millis = self.expires_at_millis

        manually_revoked_at_millis: int | None | Unset
        if isinstance(self.manually_revoked_at_millis, Unset):
            manually_revoked_at_millis = UNSET
        else:
            manually_revoked_at_millis = self.manually_revoked_at_millis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at_millis": created_at_millis,
                "description": description,
                "id": id,
                "is_public": is_public,
                "team_id": team_id,
                "type": type_,
                "value": value,
            }
        )
        if expires_at_millis is not UNSET:
            field_dict["expires_at_millis"] = expires_at_millis
        if manually_revoked_at_millis is not UNSET:
            field_dict["manually_revoked_at_millis"] = manually_revoked_at_millis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at_millis = d.pop("created_at_millis")

        description = d.pop("description")

        id = d.pop("id")

        is_public = d.pop("is_public")

        team_id = d.pop("team_id")

        type_ = d.pop("type")

        value = d.pop("value")

        def _parse_expires_at_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at_millis = _parse_expires_at_millis(d.pop("expires_at_millis", UNSET))

        def _parse_manually_revoked_at_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manually_revoked_at_millis = _parse_manually_revoked_at_millis(
            d.pop("manually_revoked_at_millis", UNSET)
        )

        team_api_key_first_view = cls(
            created_at_millis=created_at_millis,
            description=description,
            id=id,
            is_public=is_public,
            team_id=team_id,
            type_=type_,
            value=value,
            expires_at_millis=expires_at_millis,
            manually_revoked_at_millis=manually_revoked_at_millis,
        )

        team_api_key_first_view.additional_properties = d
        return team_api_key_first_view

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
