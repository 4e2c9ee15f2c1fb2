from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restricted_reason import RestrictedReason
    from ..models.team import Team
    from ..models.user_oauth_providers_type_0_item import UserOauthProvidersType0Item


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        id (str): The unique identifier of the user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        is_anonymous (bool):
        primary_email_verified (bool): Whether the primary email has been verified to belong to this user Example: True.
        signed_up_at_millis (int): The time the user signed up (identify) => `(the number of milliseconds since epoch,
            January 1, 1970, UTC)` Example: 1630000000000.
        auth_with_email (bool | None | Unset):
        client_metadata (Any | Unset): Client metadata. Used as a data store, accessible from the client side. Do not
            store information that should not be exposed to the client.
        client_read_only_metadata (Any | Unset): Client read-only, server-writable metadata. Used as a data store,
            accessible from the client side. Do not store information that should not be exposed to the client. The client
            can read this data, but cannot modify it. This is useful for things like subscription status.
        country_code (None | str | Unset):
        display_name (None | str | Unset): Human-readable user display name. This is not a unique identifier. Example:
            John Doe.
        has_password (bool | None | Unset):
        is_restricted (bool | None | Unset):
        last_active_at_millis (int | None | Unset): The time the user was last active (identify) => `(the number of
            milliseconds since epoch, January 1, 1970, UTC)` Example: 1630000000000.
        oauth_providers (list[UserOauthProvidersType0Item] | None | Unset):
        otp_auth_enabled (bool | None | Unset):
        passkey_auth_enabled (bool | None | Unset):
        primary_email (None | str | Unset): Primary email Example: johndoe@example.com.
        primary_email_auth_enabled (bool | None | Unset): Whether the primary email is used for authentication. If this
            is set to `false`, the user will not be able to sign in with the primary email with password or OTP Example:
            True.
        profile_image_url (None | str | Unset): URL of the profile image for user. Can be a Base64 encoded image. Must
            be smaller than 100KB. Please compress and crop to a square before passing in. Example:
            https://example.com/image.jpg.
        requires_totp_mfa (bool | None | Unset):
        restricted_by_admin (bool | None | Unset):
        restricted_by_admin_private_details (None | str | Unset):
        restricted_by_admin_reason (None | str | Unset):
        restricted_reason (None | RestrictedReason | Unset):
        risk_scores (Any | Unset):
        selected_team (None | Team | Unset):
        selected_team_id (None | str | Unset): ID of the team currently selected by the user Example: team-id.
        server_metadata (Any | Unset): Server metadata. Used as a data store, only accessible from the server side. You
            can store secret information related to the user here.
    """

    id: str
    is_anonymous: bool
    primary_email_verified: bool
    signed_up_at_millis: int
    auth_with_email: bool | None | Unset = UNSET
    client_metadata: Any | Unset = UNSET
    client_read_only_metadata: Any | Unset = UNSET
    country_code: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    has_password: bool | None | Unset = UNSET
    is_restricted: bool | None | Unset = UNSET
    last_active_at_millis: int | None | Unset = UNSET
    oauth_providers: list[UserOauthProvidersType0Item] | None | Unset = UNSET
    otp_auth_enabled: bool | None | Unset = UNSET
    passkey_auth_enabled: bool | None | Unset = UNSET
    primary_email: None | str | Unset = UNSET
    primary_email_auth_enabled: bool | None | Unset = UNSET
    profile_image_url: None | str | Unset = UNSET
    requires_totp_mfa: bool | None | Unset = UNSET
    restricted_by_admin: bool | None | Unset = UNSET
    restricted_by_admin_private_details: None | str | Unset = UNSET
    restricted_by_admin_reason: None | str | Unset = UNSET
    restricted_reason: None | RestrictedReason | Unset = UNSET
    risk_scores: Any | Unset = UNSET
    selected_team: None | Team | Unset = UNSET
    selected_team_id: None | str | Unset = UNSET
    server_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.restricted_reason import RestrictedReason  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415

        id = self.id

        is_anonymous = self.is_anonymous

        primary_email_verified = self.primary_email_verified

        signed_up_at_millis = self.signed_up_at_millis

        auth_with_email: bool | None | Unset
        if isinstance(self.auth_with_email, Unset):
            auth_with_email = UNSET
        else:
            auth_with_email = self.auth_with_email

        client_metadata = self.client_metadata

        client_read_only_metadata = self.client_read_only_metadata

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        has_password: bool | None | Unset
        if isinstance(self.has_password, Unset):
            has_password = UNSET
        else:
            has_password = self.has_password

        is_restricted: bool | None | Unset
        if isinstance(self.is_restricted, Unset):
            is_restricted = UNSET
        else:
            is_restricted = self.is_restricted

        last_active_at_millis: int | None | Unset
        if isinstance(self.last_active_at_millis, Unset):
            last_active_at_millis = UNSET
        else:
            last_active_at_millis = self.last_active_at_millis

        oauth_providers: list[dict[str, Any]] | None | Unset
        if isinstance(self.oauth_providers, Unset):
            oauth_providers = UNSET
        elif isinstance(self.oauth_providers, list):
            oauth_providers = []
            for oauth_providers_type_0_item_data in self.oauth_providers:
                oauth_providers_type_0_item = oauth_providers_type_0_item_data.to_dict()
                oauth_providers.append(oauth_providers_type_0_item)

        else:
            oauth_providers = self.oauth_providers

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

        profile_image_url: None | str | Unset
        if isinstance(self.profile_image_url, Unset):
            profile_image_url = UNSET
        else:
            profile_image_url = self.profile_image_url

        requires_totp_mfa: bool | None | Unset
        if isinstance(self.requires_totp_mfa, Unset):
            requires_totp_mfa = UNSET
        else:
            requires_totp_mfa = self.requires_totp_mfa

        restricted_by_admin: bool | None | Unset
        if isinstance(self.restricted_by_admin, Unset):
            restricted_by_admin = UNSET
        else:
            restricted_by_admin = self.restricted_by_admin

        restricted_by_admin_private_details: None | str | Unset
        if isinstance(self.restricted_by_admin_private_details, Unset):
            restricted_by_admin_private_details = UNSET
        else:
            restricted_by_admin_private_details = self.restricted_by_admin_private_details

        restricted_by_admin_reason: None | str | Unset
        if isinstance(self.restricted_by_admin_reason, Unset):
            restricted_by_admin_reason = UNSET
        else:
            restricted_by_admin_reason = self.restricted_by_admin_reason

        restricted_reason: dict[str, Any] | None | Unset
        if isinstance(self.restricted_reason, Unset):
            restricted_reason = UNSET
        elif isinstance(self.restricted_reason, RestrictedReason):
            restricted_reason = self.restricted_reason.to_dict()
        else:
            restricted_reason = self.restricted_reason

        risk_scores = self.risk_scores

        selected_team: dict[str, Any] | None | Unset
        if isinstance(self.selected_team, Unset):
            selected_team = UNSET
        elif isinstance(self.selected_team, Team):
            selected_team = self.selected_team.to_dict()
        else:
            selected_team = self.selected_team

        selected_team_id: None | str | Unset
        if isinstance(self.selected_team_id, Unset):
            selected_team_id = UNSET
        else:
            selected_team_id = self.selected_team_id

        server_metadata = self.server_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_anonymous": is_anonymous,
                "primary_email_verified": primary_email_verified,
                "signed_up_at_millis": signed_up_at_millis,
            }
        )
        if auth_with_email is not UNSET:
            field_dict["auth_with_email"] = auth_with_email
        if client_metadata is not UNSET:
            field_dict["client_metadata"] = client_metadata
        if client_read_only_metadata is not UNSET:
            field_dict["client_read_only_metadata"] = client_read_only_metadata
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if has_password is not UNSET:
            field_dict["has_password"] = has_password
        if is_restricted is not UNSET:
            field_dict["is_restricted"] = is_restricted
        if last_active_at_millis is not UNSET:
            field_dict["last_active_at_millis"] = last_active_at_millis
        if oauth_providers is not UNSET:
            field_dict["oauth_providers"] = oauth_providers
        if otp_auth_enabled is not UNSET:
            field_dict["otp_auth_enabled"] = otp_auth_enabled
        if passkey_auth_enabled is not UNSET:
            field_dict["passkey_auth_enabled"] = passkey_auth_enabled
        if primary_email is not UNSET:
            field_dict["primary_email"] = primary_email
        if primary_email_auth_enabled is not UNSET:
            field_dict["primary_email_auth_enabled"] = primary_email_auth_enabled
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        if requires_totp_mfa is not UNSET:
            field_dict["requires_totp_mfa"] = requires_totp_mfa
        if restricted_by_admin is not UNSET:
            field_dict["restricted_by_admin"] = restricted_by_admin
        if restricted_by_admin_private_details is not UNSET:
            field_dict["restricted_by_admin_private_details"] = restricted_by_admin_private_details
        if restricted_by_admin_reason is not UNSET:
            field_dict["restricted_by_admin_reason"] = restricted_by_admin_reason
        if restricted_reason is not UNSET:
            field_dict["restricted_reason"] = restricted_reason
        if risk_scores is not UNSET:
            field_dict["risk_scores"] = risk_scores
        if selected_team is not UNSET:
            field_dict["selected_team"] = selected_team
        if selected_team_id is not UNSET:
            field_dict["selected_team_id"] = selected_team_id
        if server_metadata is not UNSET:
            field_dict["server_metadata"] = server_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restricted_reason import RestrictedReason  # noqa: PLC0415
        from ..models.team import Team  # noqa: PLC0415
        from ..models.user_oauth_providers_type_0_item import (
            UserOauthProvidersType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        is_anonymous = d.pop("is_anonymous")

        primary_email_verified = d.pop("primary_email_verified")

        signed_up_at_millis = d.pop("signed_up_at_millis")

        def _parse_auth_with_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auth_with_email = _parse_auth_with_email(d.pop("auth_with_email", UNSET))

        client_metadata = d.pop("client_metadata", UNSET)

        client_read_only_metadata = d.pop("client_read_only_metadata", UNSET)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_has_password(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_password = _parse_has_password(d.pop("has_password", UNSET))

        def _parse_is_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_restricted = _parse_is_restricted(d.pop("is_restricted", UNSET))

        def _parse_last_active_at_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_active_at_millis = _parse_last_active_at_millis(d.pop("last_active_at_millis", UNSET))

        def _parse_oauth_providers(data: object) -> list[UserOauthProvidersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                oauth_providers_type_0 = []
                _oauth_providers_type_0 = data
                for oauth_providers_type_0_item_data in _oauth_providers_type_0:
                    oauth_providers_type_0_item = UserOauthProvidersType0Item.from_dict(
                        oauth_providers_type_0_item_data
                    )

                    oauth_providers_type_0.append(oauth_providers_type_0_item)

                return oauth_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserOauthProvidersType0Item] | None | Unset, data)

        oauth_providers = _parse_oauth_providers(d.pop("oauth_providers", UNSET))

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

        def _parse_profile_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image_url = _parse_profile_image_url(d.pop("profile_image_url", UNSET))

        def _parse_requires_totp_mfa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        requires_totp_mfa = _parse_requires_totp_mfa(d.pop("requires_totp_mfa", UNSET))

        def _parse_restricted_by_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted_by_admin = _parse_restricted_by_admin(d.pop("restricted_by_admin", UNSET))

        def _parse_restricted_by_admin_private_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        restricted_by_admin_private_details = _parse_restricted_by_admin_private_details(
            d.pop("restricted_by_admin_private_details", UNSET)
        )

        def _parse_restricted_by_admin_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        restricted_by_admin_reason = _parse_restricted_by_admin_reason(
            d.pop("restricted_by_admin_reason", UNSET)
        )

        def _parse_restricted_reason(data: object) -> None | RestrictedReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                restricted_reason_type_0 = RestrictedReason.from_dict(data)

                return restricted_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RestrictedReason | Unset, data)

        restricted_reason = _parse_restricted_reason(d.pop("restricted_reason", UNSET))

        risk_scores = d.pop("risk_scores", UNSET)

        def _parse_selected_team(data: object) -> None | Team | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_team_type_0 = Team.from_dict(data)

                return selected_team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Team | Unset, data)

        selected_team = _parse_selected_team(d.pop("selected_team", UNSET))

        def _parse_selected_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_team_id = _parse_selected_team_id(d.pop("selected_team_id", UNSET))

        server_metadata = d.pop("server_metadata", UNSET)

        user = cls(
            id=id,
            is_anonymous=is_anonymous,
            primary_email_verified=primary_email_verified,
            signed_up_at_millis=signed_up_at_millis,
            auth_with_email=auth_with_email,
            client_metadata=client_metadata,
            client_read_only_metadata=client_read_only_metadata,
            country_code=country_code,
            display_name=display_name,
            has_password=has_password,
            is_restricted=is_restricted,
            last_active_at_millis=last_active_at_millis,
            oauth_providers=oauth_providers,
            otp_auth_enabled=otp_auth_enabled,
            passkey_auth_enabled=passkey_auth_enabled,
            primary_email=primary_email,
            primary_email_auth_enabled=primary_email_auth_enabled,
            profile_image_url=profile_image_url,
            requires_totp_mfa=requires_totp_mfa,
            restricted_by_admin=restricted_by_admin,
            restricted_by_admin_private_details=restricted_by_admin_private_details,
            restricted_by_admin_reason=restricted_by_admin_reason,
            restricted_reason=restricted_reason,
            risk_scores=risk_scores,
            selected_team=selected_team,
            selected_team_id=selected_team_id,
            server_metadata=server_metadata,
        )

        user.additional_properties = d
        return user

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
