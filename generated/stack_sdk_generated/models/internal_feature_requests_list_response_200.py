from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.internal_feature_requests_list_response_200_posts_item import (
        InternalFeatureRequestsListResponse200PostsItem,
    )


T = TypeVar("T", bound="InternalFeatureRequestsListResponse200")


@_attrs_define
class InternalFeatureRequestsListResponse200:
    """
    Attributes:
        posts (list[InternalFeatureRequestsListResponse200PostsItem]):
    """

    posts: list[InternalFeatureRequestsListResponse200PostsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posts = []
        for posts_item_data in self.posts:
            posts_item = posts_item_data.to_dict()
            posts.append(posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "posts": posts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.internal_feature_requests_list_response_200_posts_item import (
            InternalFeatureRequestsListResponse200PostsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        posts = []
        _posts = d.pop("posts")
        for posts_item_data in _posts:
            posts_item = InternalFeatureRequestsListResponse200PostsItem.from_dict(posts_item_data)

            posts.append(posts_item)

        internal_feature_requests_list_response_200 = cls(
            posts=posts,
        )

        internal_feature_requests_list_response_200.additional_properties = d
        return internal_feature_requests_list_response_200

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
