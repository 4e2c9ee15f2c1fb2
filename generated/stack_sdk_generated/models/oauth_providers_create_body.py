from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthProvidersCreateBody")


@_attrs_define
class OauthProvidersCreateBody:
    """
    Example:
        {'account_id': 'google-account-id-12345', 'allow_connected_accounts': True, 'allow_sign_in': True, 'email':
            'test@gmail.com', 'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}

    Attributes:
        account_id (str): Account ID of the OAuth provider. This uniquely identifies the account on the provider side.
            Example: google-account-id-12345.
        allow_connected_accounts (bool): Whether the user can use this OAuth provider as connected account. Multiple
            OAuth providers per type can have this set to `true`. Example: True.
        allow_sign_in (bool): Whether the user can use this OAuth provider to sign in. Only one OAuth provider per type
            can have this set to `true`. Example: True.
        provider_config_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently authenticated user Example:
            3241a285-8329-4d69-8f3d-316e08cf140c.
        email (None | str | Unset): Email of the OAuth provider. This is used to display and identify the OAuth provider
            in the UI. Example: test@gmail.com.
    """

    account_id: str
    allow_connected_accounts: bool
    allow_sign_in: bool
    provider_config_id: str
    user_id: str
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        allow_connected_accounts = self.allow_connected_accounts

        allow_sign_in = self.allow_sign_in

        provider_config_id = self.provider_config_id

        user_id = self.user_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "allow_connected_accounts": allow_connected_accounts,
                "allow_sign_in": allow_sign_in,
                "provider_config_id": provider_config_id,
                "user_id": user_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        allow_connected_accounts = d.pop("allow_connected_accounts")

        allow_sign_in = d.pop("allow_sign_in")

        provider_config_id = d.pop("provider_config_id")

        user_id = d.pop("user_id")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        oauth_providers_create_body = cls(
            account_id=account_id,
            allow_connected_accounts=allow_connected_accounts,
            allow_sign_in=allow_sign_in,
            provider_config_id=provider_config_id,
            user_id=user_id,
            email=email,
        )

        oauth_providers_create_body.additional_properties = d
        return oauth_providers_create_body

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
