from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthProvider")


@_attrs_define
class OAuthProvider:
    """
    Attributes:
        allow_connected_accounts (bool): Whether the user can use this OAuth provider as connected account. Multiple
            OAuth providers per type can have this set to `true`. Example: True.
        allow_sign_in (bool): Whether the user can use this OAuth provider to sign in. Only one OAuth provider per type
            can have this set to `true`. Example: True.
        id (str): The unique identifier of the OAuth provider Example: b3d396b8-c574-4c80-97b3-50031675ceb2.
        provider_config_id (str): Provider config ID of the OAuth provider. This uniquely identifies the provider config
            on config.json file Example: google.
        type_ (str): OAuth provider type, one of `google`, `github`, `microsoft`, `spotify`, `facebook`, `discord`,
            `gitlab`, `bitbucket`, `linkedin`, `apple`, `x`, `twitch` Example: google.
        user_id (str): The ID of the user, or the special value `me` for the currently authenticated user Example:
            3241a285-8329-4d69-8f3d-316e08cf140c.
        account_id (None | str | Unset): Account ID of the OAuth provider. This uniquely identifies the account on the
            provider side. Example: google-account-id-12345.
        email (None | str | Unset): Email of the OAuth provider. This is used to display and identify the OAuth provider
            in the UI. Example: test@gmail.com.
    """

    allow_connected_accounts: bool
    allow_sign_in: bool
    id: str
    provider_config_id: str
    type_: str
    user_id: str
    account_id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_connected_accounts = self.allow_connected_accounts

        allow_sign_in = self.allow_sign_in

        id = self.id

        provider_config_id = self.provider_config_id

        type_ = self.type_

        user_id = self.user_id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_connected_accounts": allow_connected_accounts,
                "allow_sign_in": allow_sign_in,
                "id": id,
                "provider_config_id": provider_config_id,
                "type": type_,
                "user_id": user_id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_connected_accounts = d.pop("allow_connected_accounts")

        allow_sign_in = d.pop("allow_sign_in")

        id = d.pop("id")

        provider_config_id = d.pop("provider_config_id")

        type_ = d.pop("type")

        user_id = d.pop("user_id")

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        o_auth_provider = cls(
            allow_connected_accounts=allow_connected_accounts,
            allow_sign_in=allow_sign_in,
            id=id,
            provider_config_id=provider_config_id,
            type_=type_,
            user_id=user_id,
            account_id=account_id,
            email=email,
        )

        o_auth_provider.additional_properties = d
        return o_auth_provider

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
