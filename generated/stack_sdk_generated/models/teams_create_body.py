from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamsCreateBody")


@_attrs_define
class TeamsCreateBody:
    """
    Example:
        {'client_metadata': {'key': 'value'}, 'creator_user_id': 'me', 'display_name': 'My Team', 'profile_image_url':
            'https://example.com/image.jpg'}

    Attributes:
        display_name (str): Human-readable team display name. This is not a unique identifier. Example: My Team.
        client_metadata (Any | Unset): Client metadata. Used as a data store, accessible from the client side. Do not
            store information that should not be exposed to the client.
        client_read_only_metadata (Any | Unset): Client read-only, server-writable metadata. Used as a data store,
            accessible from the client side. Do not store information that should not be exposed to the client. The client
            can read this data, but cannot modify it. This is useful for things like subscription status.
        creator_user_id (None | str | Unset): The ID of the creator of the team. If not specified, the user will not be
            added to the team. Can be either "me" or the ID of the user. Only used on the client side. Example: me.
        profile_image_url (None | str | Unset): URL of the profile image for team. Can be a Base64 encoded image. Must
            be smaller than 100KB. Please compress and crop to a square before passing in. Example:
            https://example.com/image.jpg.
        server_metadata (Any | Unset): Server metadata. Used as a data store, only accessible from the server side. You
            can store secret information related to the team here.
    """

    display_name: str
    client_metadata: Any | Unset = UNSET
    client_read_only_metadata: Any | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    profile_image_url: None | str | Unset = UNSET
    server_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        client_metadata = self.client_metadata

        client_read_only_metadata = self.client_read_only_metadata

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        profile_image_url: None | str | Unset
        if isinstance(self.profile_image_url, Unset):
            profile_image_url = UNSET
        else:
            profile_image_url = self.profile_image_url

        server_metadata = self.server_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if client_metadata is not UNSET:
            field_dict["client_metadata"] = client_metadata
        if client_read_only_metadata is not UNSET:
            field_dict["client_read_only_metadata"] = client_read_only_metadata
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        if server_metadata is not UNSET:
            field_dict["server_metadata"] = server_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        client_metadata = d.pop("client_metadata", UNSET)

        client_read_only_metadata = d.pop("client_read_only_metadata", UNSET)

        def _parse_creator_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator_user_id = _parse_creator_user_id(d.pop("creator_user_id", UNSET))

        def _parse_profile_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url", UNSET))

        server_metadata = d.pop("server_metadata", UNSET)

        teams_create_body = cls(
            display_name=display_name,
            client_metadata=client_metadata,
            client_read_only_metadata=client_read_only_metadata,
            creator_user_id=creator_user_id,
            profile_image_url=profile_image_url,
            server_metadata=server_metadata,
        )

        teams_create_body.additional_properties = d
        return teams_create_body

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
