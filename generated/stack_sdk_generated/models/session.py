from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_info import GeoInfo


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """
    Attributes:
        created_at (int):
        id (str):
        is_impersonation (bool):
        user_id (str):
        is_current_session (bool | None | Unset):
        last_used_at (int | None | Unset):
        last_used_at_end_user_ip_info (GeoInfo | None | Unset):
    """

    created_at: int
    id: str
    is_impersonation: bool
    user_id: str
    is_current_session: bool | None | Unset = UNSET
    last_used_at: int | None | Unset = UNSET
    last_used_at_end_user_ip_info: GeoInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_info import GeoInfo  # noqa: PLC0415

        created_at = self.created_at

        id = self.id

        is_impersonation = self.is_impersonation

        user_id = self.user_id

        is_current_session: bool | None | Unset
        if isinstance(self.is_current_session, Unset):
            is_current_session = UNSET
        else:
            is_current_session = self.is_current_session

        last_used_at: int | None | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = self.last_used_at

        last_used_at_end_user_ip_info: dict[str, Any] | None | Unset
        if isinstance(self.last_used_at_end_user_ip_info, Unset):
            last_used_at_end_user_ip_info = UNSET
        elif isinstance(self.last_used_at_end_user_ip_info, GeoInfo):
            last_used_at_end_user_ip_info = self.last_used_at_end_user_ip_info.to_dict()
        else:
            last_used_at_end_user_ip_info = self.last_used_at_end_user_ip_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_impersonation": is_impersonation,
                "user_id": user_id,
            }
        )
        if is_current_session is not UNSET:
            field_dict["is_current_session"] = is_current_session
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if last_used_at_end_user_ip_info is not UNSET:
            field_dict["last_used_at_end_user_ip_info"] = last_used_at_end_user_ip_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_info import GeoInfo  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        is_impersonation = d.pop("is_impersonation")

        user_id = d.pop("user_id")

        def _parse_is_current_session(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_current_session = _parse_is_current_session(d.pop("is_current_session", UNSET))

        def _parse_last_used_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        def _parse_last_used_at_end_user_ip_info(data: object) -> GeoInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_used_at_end_user_ip_info_type_0 = GeoInfo.from_dict(data)

                return last_used_at_end_user_ip_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoInfo | None | Unset, data)

        last_used_at_end_user_ip_info = _parse_last_used_at_end_user_ip_info(
            d.pop("last_used_at_end_user_ip_info", UNSET)
        )

        session = cls(
            created_at=created_at,
            id=id,
            is_impersonation=is_impersonation,
            user_id=user_id,
            is_current_session=is_current_session,
            last_used_at=last_used_at,
            last_used_at_end_user_ip_info=last_used_at_end_user_ip_info,
        )

        session.additional_properties = d
        return session

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
