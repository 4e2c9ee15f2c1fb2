from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersCreateBody")


@_attrs_define
class UsersCreateBody:
    """
    Example:
        {'client_metadata': {'key': 'value'}, 'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe',
            'password': 'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled': True,
            'primary_email_verified': True, 'profile_image_url': 'https://example.com/image.jpg', 'server_metadata': {'key':
            'value'}, 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}

    Attributes:
        client_metadata (Any | Unset): Client metadata. Used as a data store, accessible from the client side. Do not
            store information that should not be exposed to the client.
        client_read_only_metadata (Any | Unset): Client read-only, server-writable metadata. Used as a data store,
            accessible from the client side. Do not store information that should not be exposed to the client. The client
            can read this data, but cannot modify it. This is useful for things like subscription status.
        display_name (None | str | Unset): Human-readable user display name. This is not a unique identifier. Example:
            John Doe.
        is_anonymous (bool | None | Unset):
        otp_auth_enabled (bool | None | Unset):
        passkey_auth_enabled (bool | None | Unset):
        password (None | str | Unset): Sets the user's password. Doing so revokes all current sessions. Example: my-new-
            password.
        password_hash (None | str | Unset): If `password` is not given, sets the user's password hash to the given
            string in Modular Crypt Format (ex.: `$2a$10$VIhIOofSMqGdGlL4wzE//e.77dAQGqNtF/1dT7bqCrVtQuInWy2qi`). Doing so
            revokes all current sessions.
        primary_email (None | str | Unset): Primary email Example: johndoe@example.com.
        primary_email_auth_enabled (bool | None | Unset): Whether the primary email is used for authentication. If this
            is set to `false`, the user will not be able to sign in with the primary email with password or OTP Example:
            True.
        primary_email_verified (bool | None | Unset): Whether the primary email has been verified to belong to this user
            Example: True.
        profile_image_url (None | str | Unset): URL of the profile image for user. Can be a Base64 encoded image. Must
            be smaller than 100KB. Please compress and crop to a square before passing in. Example:
            https://example.com/image.jpg.
        server_metadata (Any | Unset): Server metadata. Used as a data store, only accessible from the server side. You
            can store secret information related to the user here.
        totp_secret_base64 (None | str | Unset): Enables 2FA and sets a TOTP secret for the user. Set to null to disable
            2FA. Example: dG90cC1zZWNyZXQ=.
    """

    client_metadata: Any | Unset = UNSET
    client_read_only_metadata: Any | Unset = UNSET
    display_name: None | str | Unset = UNSET
    is_anonymous: bool | None | Unset = UNSET
    otp_auth_enabled: bool | None | Unset = UNSET
    passkey_auth_enabled: bool | None | Unset = UNSET
    password: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    password_hash: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    primary_email: None | str | Unset = UNSET
    primary_email_auth_enabled: bool | None | Unset = UNSET
    primary_email_verified: bool | None | Unset = UNSET
    profile_image_url: None | str | Unset = UNSET
    server_metadata: Any | Unset = UNSET
    totp_secret_base64: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_metadata = self.client_metadata

        client_read_only_metadata = self.client_read_only_metadata

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        is_anonymous: bool | None | Unset
        if isinstance(self.is_anonymous, Unset):
            is_anonymous = UNSET
        else:
            is_anonymous = self.is_anonymous

        otp_auth_enabled: bool | None | Unset
        if isinstance(self.otp_auth_enabled, Unset):
            otp_auth_enabled = UNSET
        else:
            otp_auth_enabled = self.otp_auth_enabled

        passkey_auth_enabled: bool | None | Unset
        if isinstance(self.passkey_auth_enabled, Unset):
            passkey_auth_enabled = UNSET
        else:
            passkey_auth_enabled = self.passkey_auth_enabled

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        password_hash: None | str | Unset
        if isinstance(self.password_hash, Unset):
            password_hash = UNSET
        else:
            password_hash = self.password_hash

        primary_email: None | str | Unset
        if isinstance(self.primary_email, Unset):
            primary_email = UNSET
        else:
            primary_email = self.primary_email

        primary_email_auth_enabled: bool | None | Unset
        if isinstance(self.primary_email_auth_enabled, Unset):
            primary_email_auth_enabled = UNSET
        else:
            primary_email_auth_enabled = self.primary_email_auth_enabled

        primary_email_verified: bool | None | Unset
        if isinstance(self.primary_email_verified, Unset):
            primary_email_verified = UNSET
        else:
            primary_email_verified = self.primary_email_verified

        profile_image_url: None | str | Unset
        if isinstance(self.profile_image_url, Unset):
            profile_image_url = UNSET
        else:
            profile_image_url = self.profile_image_url

        server_metadata = self.server_metadata

        totp_secret_base64: None | str | Unset
        if isinstance(self.totp_secret_base64, Unset):
            totp_secret_base64 = UNSET
        else:
            totp_secret_base64 = self.totp_secret_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_metadata is not UNSET:
            field_dict["client_metadata"] = client_metadata
        if client_read_only_metadata is not UNSET:
            field_dict["client_read_only_metadata"] = client_read_only_metadata
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if is_anonymous is not UNSET:
            field_dict["is_anonymous"] = is_anonymous
        if otp_auth_enabled is not UNSET:
            field_dict["otp_auth_enabled"] = otp_auth_enabled
        if passkey_auth_enabled is not UNSET:
            field_dict["passkey_auth_enabled"] = passkey_auth_enabled
        if password is not UNSET:
            field_dict["password"] = password
        if password_hash is not UNSET:
            field_dict["password_hash"] = password_hash
        if primary_email is not UNSET:
            field_dict["primary_email"] = primary_email
        if primary_email_auth_enabled is not UNSET:
            field_dict["primary_email_auth_enabled"] = primary_email_auth_enabled
        if primary_email_verified is not UNSET:
            field_dict["primary_email_verified"] = primary_email_verified
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        if server_metadata is not UNSET:
            field_dict["server_metadata"] = server_metadata
        if totp_secret_base64 is not UNSET:
            field_dict["totp_secret_base64"] = totp_secret_base64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_metadata = d.pop("client_metadata", UNSET)

        client_read_only_metadata = d.pop("client_read_only_metadata", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_is_anonymous(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_anonymous = _parse_is_anonymous(d.pop("is_anonymous", UNSET))

        def _parse_otp_auth_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        otp_auth_enabled = _parse_otp_auth_enabled(d.pop("otp_auth_enabled", UNSET))

        def _parse_passkey_auth_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        passkey_auth_enabled = _parse_passkey_auth_enabled(d.pop("passkey_auth_enabled", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_password_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_hash = _parse_password_hash(d.pop("password_hash", UNSET))

        def _parse_primary_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_email = _parse_primary_email(d.pop("primary_email", UNSET))

        def _parse_primary_email_auth_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        primary_email_auth_enabled = _parse_primary_email_auth_enabled(
            d.pop("primary_email_auth_enabled", UNSET)
        )

        def _parse_primary_email_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        primary_email_verified = _parse_primary_email_verified(d.pop("primary_email_verified", UNSET))

        def _parse_profile_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url", UNSET))

        server_metadata = d.pop("server_metadata", UNSET)

        def _parse_totp_secret_base64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_secret_base64 = _parse_totp_secret_base64(d.pop("totp_secret_base64", UNSET))

        users_create_body = cls(
            client_metadata=client_metadata,
            client_read_only_metadata=client_read_only_metadata,
            display_name=display_name,
            is_anonymous=is_anonymous,
            otp_auth_enabled=otp_auth_enabled,
            passkey_auth_enabled=passkey_auth_enabled,
            password=password,
            password_hash=password_hash,
            primary_email=primary_email,
            primary_email_auth_enabled=primary_email_auth_enabled,
            primary_email_verified=primary_email_verified,
            profile_image_url=profile_image_url,
            server_metadata=server_metadata,
            totp_secret_base64=totp_secret_base64,
        )

        users_create_body.additional_properties = d
        return users_create_body

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
