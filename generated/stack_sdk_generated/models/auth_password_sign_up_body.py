from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthPasswordSignUpBody")


@_attrs_define
class AuthPasswordSignUpBody:
    """
    Example:
        {'email': 'johndoe@example.com', 'verification_callback_url': 'https://example.com/handler/email-verification'}

    Attributes:
        email (str): The email to sign in with. Example: johndoe@example.com.
        password (str):
        verification_callback_url (None | str | Unset): The base callback URL to construct a verification link for the
            verification e-mail. A query parameter `code` with the verification code will be appended to it. The page should
            then make a request to the `/contact-channels/verify` endpoint. Example: https://example.com/handler/email-
            verification.
    """

    email: str
    password: str = _attrs_field(repr=False)
    verification_callback_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        verification_callback_url: None | str | Unset
        if isinstance(self.verification_callback_url, Unset):
            verification_callback_url = UNSET
        else:
            verification_callback_url = self.verification_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if verification_callback_url is not UNSET:
            field_dict["verification_callback_url"] = verification_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        def _parse_verification_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_callback_url = _parse_verification_callback_url(
            d.pop("verification_callback_url", UNSET)
        )

        auth_password_sign_up_body = cls(
            email=email,
            password=password,
            verification_callback_url=verification_callback_url,
        )

        auth_password_sign_up_body.additional_properties = d
        return auth_password_sign_up_body

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
