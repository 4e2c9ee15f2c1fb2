from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailsSendBody")


@_attrs_define
class EmailsSendBody:
    """
    Attributes:
        all_users (bool | None | Unset):
        draft_id (None | str | Unset):
        html (None | str | Unset):
        is_high_priority (bool | None | Unset):
        notification_category_name (None | str | Unset):
        scheduled_at_millis (int | None | Unset):
        subject (None | str | Unset):
        template_id (None | str | Unset):
        theme_id (Any | Unset):
        user_ids (list[str] | None | Unset):
        variables (Any | Unset):
    """

    all_users: bool | None | Unset = UNSET
    draft_id: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    is_high_priority: bool | None | Unset = UNSET
    notification_category_name: None | str | Unset = UNSET
    scheduled_at_millis: int | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    theme_id: Any | Unset = UNSET
    user_ids: list[str] | None | Unset = UNSET
    variables: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_users: bool | None | Unset
        if isinstance(self.all_users, Unset):
            all_users = UNSET
        else:
            all_users = self.all_users

        draft_id: None | str | Unset
        if isinstance(self.draft_id, Unset):
            draft_id = UNSET
        else:
            draft_id = self.draft_id

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        is_high_priority: bool | None | Unset
        if isinstance(self.is_high_priority, Unset):
            is_high_priority = UNSET
        else:
            is_high_priority = self.is_high_priority

        notification_category_name: None | str | Unset
        if isinstance(self.notification_category_name, Unset):
            notification_category_name = UNSET
        else:
            notification_category_name = self.notification_category_name

        scheduled_at_millis: int | None | Unset
        if isinstance(self.scheduled_at_millis, Unset):
            scheduled_at_millis = UNSET
        else:
            scheduled_at_millis = self.scheduled_at_millis

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        theme_id = self.theme_id

        user_ids: list[str] | None | Unset
        if isinstance(self.user_ids, Unset):
            user_ids = UNSET
        elif isinstance(self.user_ids, list):
            user_ids = self.user_ids

        else:
            user_ids = self.user_ids

        variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_users is not UNSET:
            field_dict["all_users"] = all_users
        if draft_id is not UNSET:
            field_dict["draft_id"] = draft_id
        if html is not UNSET:
            field_dict["html"] = html
        if is_high_priority is not UNSET:
            field_dict["is_high_priority"] = is_high_priority
        if notification_category_name is not UNSET:
            field_dict["notification_category_name"] = notification_category_name
        if scheduled_at_millis is not UNSET:
            field_dict["scheduled_at_millis"] = scheduled_at_millis
        if subject is not UNSET:
            field_dict["subject"] = subject
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_all_users(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_users = _parse_all_users(d.pop("all_users", UNSET))

        def _parse_draft_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        draft_id = _parse_draft_id(d.pop("draft_id", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_is_high_priority(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_high_priority = _parse_is_high_priority(d.pop("is_high_priority", UNSET))

        def _parse_notification_category_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_category_name = _parse_notification_category_name(
            d.pop("notification_category_name", UNSET)
        )

        def _parse_scheduled_at_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_at_millis = _parse_scheduled_at_millis(d.pop("scheduled_at_millis", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        theme_id = d.pop("theme_id", UNSET)

        def _parse_user_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_ids_type_0 = cast(list[str], data)

                return user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        user_ids = _parse_user_ids(d.pop("user_ids", UNSET))

        variables = d.pop("variables", UNSET)

        emails_send_body = cls(
            all_users=all_users,
            draft_id=draft_id,
            html=html,
            is_high_priority=is_high_priority,
            notification_category_name=notification_category_name,
            scheduled_at_millis=scheduled_at_millis,
            subject=subject,
            template_id=template_id,
            theme_id=theme_id,
            user_ids=user_ids,
            variables=variables,
        )

        emails_send_body.additional_properties = d
        return emails_send_body

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
