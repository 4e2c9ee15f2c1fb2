from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectedAccountsListResponse200")


@_attrs_define
class ConnectedAccountsListResponse200:
    """
    Attributes:
        items (list[Any]):
        is_paginated (bool | None | Unset):
    """

    items: list[Any]
    is_paginated: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = self.items

        is_paginated: bool | None | Unset
        if isinstance(self.is_paginated, Unset):
            is_paginated = UNSET
        else:
            is_paginated = self.is_paginated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if is_paginated is not UNSET:
            field_dict["is_paginated"] = is_paginated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = cast(list[Any], d.pop("items"))

        def _parse_is_paginated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_paginated = _parse_is_paginated(d.pop("is_paginated", UNSET))

        connected_accounts_list_response_200 = cls(
            items=items,
            is_paginated=is_paginated,
        )

        connected_accounts_list_response_200.additional_properties = d
        return connected_accounts_list_response_200

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
