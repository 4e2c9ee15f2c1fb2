from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailOutboxUpdateBody")


@_attrs_define
class EmailOutboxUpdateBody:
    """
    Example:
        {}

    Attributes:
        cancel (bool | None | Unset):
        is_paused (bool | None | Unset):
        scheduled_at_millis (int | None | Unset):
        skip_deliverability_check (bool | None | Unset):
        theme_id (None | str | Unset):
        to (Any | Unset):
        tsx_source (None | str | Unset):
        variables (Any | Unset):
    """

    cancel: bool | None | Unset = UNSET
    is_paused: bool | None | Unset = UNSET
    scheduled_at_millis: int | None | Unset = UNSET
    skip_deliverability_check: bool | None | Unset = UNSET
    theme_id: None | str | Unset = UNSET
    to: Any | Unset = UNSET
    tsx_source: None | str | Unset = UNSET
    variables: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel: bool | None | Unset
        if isinstance(self.cancel, Unset):
            cancel = UNSET
        else:
            cancel = self.cancel

        is_paused: bool | None | Unset
        if isinstance(self.is_paused, Unset):
            is_paused = UNSET
        else:
            is_paused = self.is_paused

        scheduled_at_millis: int | None | Unset
        if isinstance(self.scheduled_at_millis, Unset):
            scheduled_at_millis = UNSET
        else:
            scheduled_at_millis = self.scheduled_at_millis

        skip_deliverability_check: bool | None | Unset
        if isinstance(self.skip_deliverability_check, Unset):
            skip_deliverability_check = UNSET
        else:
            skip_deliverability_check = self.skip_deliverability_check

        theme_id: None | str | Unset
        if isinstance(self.theme_id, Unset):
            theme_id = UNSET
        else:
            theme_id = self.theme_id

        to = self.to

        tsx_source: None | str | Unset
        if isinstance(self.tsx_source, Unset):
            tsx_source = UNSET
        else:
            tsx_source = self.tsx_source

        variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel is not UNSET:
            field_dict["cancel"] = cancel
        if is_paused is not UNSET:
            field_dict["is_paused"] = is_paused
        if scheduled_at_millis is not UNSET:
            field_dict["scheduled_at_millis"] = scheduled_at_millis
        if skip_deliverability_check is not UNSET:
            field_dict["skip_deliverability_check"] = skip_deliverability_check
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if to is not UNSET:
            field_dict["to"] = to
        if tsx_source is not UNSET:
            field_dict["tsx_source"] = tsx_source
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cancel(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel = _parse_cancel(d.pop("cancel", UNSET))

        def _parse_is_paused(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_paused = _parse_is_paused(d.pop("is_paused", UNSET))

        def _parse_scheduled_at_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_at_millis = _parse_scheduled_at_millis(d.pop("scheduled_at_millis", UNSET))

        def _parse_skip_deliverability_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_deliverability_check = _parse_skip_deliverability_check(
            d.pop("skip_deliverability_check", UNSET)
        )

        def _parse_theme_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme_id = _parse_theme_id(d.pop("theme_id", UNSET))

        to = d.pop("to", UNSET)

        def _parse_tsx_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tsx_source = _parse_tsx_source(d.pop("tsx_source", UNSET))

        variables = d.pop("variables", UNSET)

        email_outbox_update_body = cls(
            cancel=cancel,
            is_paused=is_paused,
            scheduled_at_millis=scheduled_at_millis,
            skip_deliverability_check=skip_deliverability_check,
            theme_id=theme_id,
            to=to,
            tsx_source=tsx_source,
            variables=variables,
        )

        email_outbox_update_body.additional_properties = d
        return email_outbox_update_body

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
