from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TeamInvitationsSendBody")


@_attrs_define
class TeamInvitationsSendBody:
    """
    Example:
        {'callback_url': 'https://example.com/handler/team-invitation', 'email': 'johndoe@example.com', 'team_id':
            'ad962777-8244-496a-b6a2-e0c6a449c79e'}

    Attributes:
        callback_url (str): The base callback URL to construct an invite link with. A query parameter `code` with the
            verification code will be appended to it. The page should then make a request to the `/team-invitations/accept`
            endpoint. Example: https://example.com/handler/team-invitation.
        email (str): The email of the user to invite. Example: johndoe@example.com.
        team_id (str): The unique identifier of the team Example: ad962777-8244-496a-b6a2-e0c6a449c79e.
    """

    callback_url: str
    email: str
    team_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        email = self.email

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
                "email": email,
                "team_id": team_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        email = d.pop("email")

        team_id = d.pop("team_id")

        team_invitations_send_body = cls(
            callback_url=callback_url,
            email=email,
            team_id=team_id,
        )

        team_invitations_send_body.additional_properties = d
        return team_invitations_send_body

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
