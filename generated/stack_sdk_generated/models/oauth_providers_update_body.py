from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthProvidersUpdateBody")


@_attrs_define
class OauthProvidersUpdateBody:
    """
    Example:
        {'allow_connected_accounts': True, 'allow_sign_in': True}

    Attributes:
        account_id (None | str | Unset): Account ID of the OAuth provider. This uniquely identifies the account on the
            provider side. Example: google-account-id-12345.
        allow_connected_accounts (bool | None | Unset): Whether the user can use this OAuth provider as connected
            account. Multiple OAuth providers per type can have this set to `true`. Example: True.
        allow_sign_in (bool | None | Unset): Whether the user can use this OAuth provider to sign in. Only one OAuth
            provider per type can have this set to `true`. Example: True.
        email (None | str | Unset): Email of the OAuth provider. This is used to display and identify the OAuth provider
            in the UI. Example: test@gmail.com.
    """

    account_id: None | str | Unset = UNSET
    allow_connected_accounts: bool | None | Unset = UNSET
    allow_sign_in: bool | None | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        allow_connected_accounts: bool | None | Unset
        if isinstance(self.allow_connected_accounts, Unset):
            allow_connected_accounts = UNSET
        else:
            allow_connected_accounts = self.allow_connected_accounts

        allow_sign_in: bool | None | Unset
        if isinstance(self.allow_sign_in, Unset):
            allow_sign_in = UNSET
        else:
            allow_sign_in = self.allow_sign_in

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if allow_connected_accounts is not UNSET:
            field_dict["allow_connected_accounts"] = allow_connected_accounts
        if allow_sign_in is not UNSET:
            field_dict["allow_sign_in"] = allow_sign_in
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_allow_connected_accounts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_connected_accounts = _parse_allow_connected_accounts(d.pop("allow_connected_accounts", UNSET))

        def _parse_allow_sign_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_sign_in = _parse_allow_sign_in(d.pop("allow_sign_in", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        oauth_providers_update_body = cls(
            account_id=account_id,
            allow_connected_accounts=allow_connected_accounts,
            allow_sign_in=allow_sign_in,
            email=email,
        )

        oauth_providers_update_body.additional_properties = d
        return oauth_providers_update_body

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
