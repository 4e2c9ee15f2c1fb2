from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternalFeatureRequestsCreateBody")


@_attrs_define
class InternalFeatureRequestsCreateBody:
    """
    Example:
        {}

    Attributes:
        title (str):
        category (None | str | Unset):
        comments_allowed (bool | None | Unset):
        content (None | str | Unset):
        custom_input_values (Any | Unset):
        tags (list[str] | None | Unset):
    """

    title: str
    category: None | str | Unset = UNSET
    comments_allowed: bool | None | Unset = UNSET
    content: None | str | Unset = UNSET
    custom_input_values: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        comments_allowed: bool | None | Unset
        if isinstance(self.comments_allowed, Unset):
            comments_allowed = UNSET
        else:
            comments_allowed = self.comments_allowed

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        custom_input_values = self.custom_input_values

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if comments_allowed is not UNSET:
            field_dict["commentsAllowed"] = comments_allowed
        if content is not UNSET:
            field_dict["content"] = content
        if custom_input_values is not UNSET:
            field_dict["customInputValues"] = custom_input_values
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_comments_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        comments_allowed = _parse_comments_allowed(d.pop("commentsAllowed", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        custom_input_values = d.pop("customInputValues", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        internal_feature_requests_create_body = cls(
            title=title,
            category=category,
            comments_allowed=comments_allowed,
            content=content,
            custom_input_values=custom_input_values,
            tags=tags,
        )

        internal_feature_requests_create_body.additional_properties = d
        return internal_feature_requests_create_body

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
