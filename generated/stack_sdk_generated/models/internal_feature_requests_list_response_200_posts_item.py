from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_feature_requests_list_response_200_posts_item_post_status_type_0 import (
        InternalFeatureRequestsListResponse200PostsItemPostStatusType0,
    )


T = TypeVar("T", bound="InternalFeatureRequestsListResponse200PostsItem")


@_attrs_define
class InternalFeatureRequestsListResponse200PostsItem:
    """
    Attributes:
        date (str):
        id (str):
        title (str):
        upvotes (int):
        user_has_upvoted (bool):
        content (None | str | Unset):
        post_status (InternalFeatureRequestsListResponse200PostsItemPostStatusType0 | None | Unset):
    """

    date: str
    id: str
    title: str
    upvotes: int
    user_has_upvoted: bool
    content: None | str | Unset = UNSET
    post_status: InternalFeatureRequestsListResponse200PostsItemPostStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.internal_feature_requests_list_response_200_posts_item_post_status_type_0 import (
            InternalFeatureRequestsListResponse200PostsItemPostStatusType0,  # noqa: PLC0415
        )

        date = self.date

        id = self.id

        title = self.title

        upvotes = self.upvotes

        user_has_upvoted = self.user_has_upvoted

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        post_status: dict[str, Any] | None | Unset
        if isinstance(self.post_status, Unset):
            post_status = UNSET
        elif isinstance(self.post_status, InternalFeatureRequestsListResponse200PostsItemPostStatusType0):
            post_status = self.post_status.to_dict()
        else:
            post_status = self.post_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "id": id,
                "title": title,
                "upvotes": upvotes,
                "userHasUpvoted": user_has_upvoted,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if post_status is not UNSET:
            field_dict["postStatus"] = post_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.internal_feature_requests_list_response_200_posts_item_post_status_type_0 import (
            InternalFeatureRequestsListResponse200PostsItemPostStatusType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        date = d.pop("date")

        id = d.pop("id")

        title = d.pop("title")

        upvotes = d.pop("upvotes")

        user_has_upvoted = d.pop("userHasUpvoted")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_post_status(
            data: object,
        ) -> InternalFeatureRequestsListResponse200PostsItemPostStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                post_status_type_0 = InternalFeatureRequestsListResponse200PostsItemPostStatusType0.from_dict(
                    data
                )

                return post_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternalFeatureRequestsListResponse200PostsItemPostStatusType0 | None | Unset, data)

        post_status = _parse_post_status(d.pop("postStatus", UNSET))

        internal_feature_requests_list_response_200_posts_item = cls(
            date=date,
            id=id,
            title=title,
            upvotes=upvotes,
            user_has_upvoted=user_has_upvoted,
            content=content,
            post_status=post_status,
        )

        internal_feature_requests_list_response_200_posts_item.additional_properties = d
        return internal_feature_requests_list_response_200_posts_item

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
