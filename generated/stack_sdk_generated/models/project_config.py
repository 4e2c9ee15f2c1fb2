from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_config_domains_type_0_item import ProjectConfigDomainsType0Item
    from ..models.project_config_enabled_oauth_providers_type_0_item import (
        ProjectConfigEnabledOauthProvidersType0Item,
    )


T = TypeVar("T", bound="ProjectConfig")


@_attrs_define
class ProjectConfig:
    """
    Attributes:
        allow_team_api_keys (bool | None | Unset):
        allow_user_api_keys (bool | None | Unset):
        client_team_creation_enabled (bool | None | Unset):
        client_user_deletion_enabled (bool | None | Unset):
        credential_enabled (bool | None | Unset):
        domains (list[ProjectConfigDomainsType0Item] | None | Unset):
        enabled_oauth_providers (list[ProjectConfigEnabledOauthProvidersType0Item] | None | Unset):
        magic_link_enabled (bool | None | Unset):
        passkey_enabled (bool | None | Unset):
        sign_up_enabled (bool | None | Unset):
    """

    allow_team_api_keys: bool | None | Unset = UNSET
    allow_user_api_keys: bool | None | Unset = UNSET
    client_team_creation_enabled: bool | None | Unset = UNSET
    client_user_deletion_enabled: bool | None | Unset = UNSET
    credential_enabled: bool | None | Unset = UNSET
    domains: list[ProjectConfigDomainsType0Item] | None | Unset = UNSET
    enabled_oauth_providers: list[ProjectConfigEnabledOauthProvidersType0Item] | None | Unset = UNSET
    magic_link_enabled: bool | None | Unset = UNSET
    passkey_enabled: bool | None | Unset = UNSET
    sign_up_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_team_api_keys: bool | None | Unset
        if isinstance(self.allow_team_api_keys, Unset):
            allow_team_api_keys = UNSET
        else:
            allow_team_api_keys = self.allow_team_api_keys

        allow_user_api_keys: bool | None | Unset
        if isinstance(self.allow_user_api_keys, Unset):
            allow_user_api_keys = UNSET
        else:
            allow_user_api_keys = self.allow_user_api_keys

        client_team_creation_enabled: bool | None | Unset
        if isinstance(self.client_team_creation_enabled, Unset):
            client_team_creation_enabled = UNSET
        else:
            client_team_creation_enabled = self.client_team_creation_enabled

        client_user_deletion_enabled: bool | None | Unset
        if isinstance(self.client_user_deletion_enabled, Unset):
            client_user_deletion_enabled = UNSET
        else:
            client_user_deletion_enabled = self.client_user_deletion_enabled

        credential_enabled: bool | None | Unset
        if isinstance(self.credential_enabled, Unset):
            credential_enabled = UNSET
        else:
            credential_enabled = self.credential_enabled

        domains: list[dict[str, Any]] | None | Unset
        if isinstance(self.domains, Unset):
            domains = UNSET
        elif isinstance(self.domains, list):
            domains = []
            for domains_type_0_item_data in self.domains:
                domains_type_0_item = domains_type_0_item_data.to_dict()
                domains.append(domains_type_0_item)

        else:
            domains = self.domains

        enabled_oauth_providers: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_oauth_providers, Unset):
            enabled_oauth_providers = UNSET
        elif isinstance(self.enabled_oauth_providers, list):
            enabled_oauth_providers = []
            for enabled_oauth_providers_type_0_item_data in self.enabled_oauth_providers:
                enabled_oauth_providers_type_0_item = enabled_oauth_providers_type_0_item_data.to_dict()
                enabled_oauth_providers.append(enabled_oauth_providers_type_0_item)

        else:
            enabled_oauth_providers = self.enabled_oauth_providers

        magic_link_enabled: bool | None | Unset
        if isinstance(self.magic_link_enabled, Unset):
            magic_link_enabled = UNSET
        else:
            magic_link_enabled = self.magic_link_enabled

        passkey_enabled: bool | None | Unset
        if isinstance(self.passkey_enabled, Unset):
            passkey_enabled = UNSET
        else:
            passkey_enabled = self.passkey_enabled

        sign_up_enabled: bool | None | Unset
        if isinstance(self.sign_up_enabled, Unset):
            sign_up_enabled = UNSET
        else:
            sign_up_enabled = self.sign_up_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_team_api_keys is not UNSET:
            field_dict["allow_team_api_keys"] = allow_team_api_keys
        if allow_user_api_keys is not UNSET:
            field_dict["allow_user_api_keys"] = allow_user_api_keys
        if client_team_creation_enabled is not UNSET:
            field_dict["client_team_creation_enabled"] = client_team_creation_enabled
        if client_user_deletion_enabled is not UNSET:
            field_dict["client_user_deletion_enabled"] = client_user_deletion_enabled
        if credential_enabled is not UNSET:
            field_dict["credential_enabled"] = credential_enabled
        if domains is not UNSET:
            field_dict["domains"] = domains
        if enabled_oauth_providers is not UNSET:
            field_dict["enabled_oauth_providers"] = enabled_oauth_providers
        if magic_link_enabled is not UNSET:
            field_dict["magic_link_enabled"] = magic_link_enabled
        if passkey_enabled is not UNSET:
            field_dict["passkey_enabled"] = passkey_enabled
        if sign_up_enabled is not UNSET:
            field_dict["sign_up_enabled"] = sign_up_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_config_domains_type_0_item import (
            ProjectConfigDomainsType0Item,  # noqa: PLC0415
        )
        from ..models.project_config_enabled_oauth_providers_type_0_item import (
            ProjectConfigEnabledOauthProvidersType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_allow_team_api_keys(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_team_api_keys = _parse_allow_team_api_keys(d.pop("allow_team_api_keys", UNSET))

        def _parse_allow_user_api_keys(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_user_api_keys = _parse_allow_user_api_keys(d.pop("allow_user_api_keys", UNSET))

        def _parse_client_team_creation_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        client_team_creation_enabled = _parse_client_team_creation_enabled(
            d.pop("client_team_creation_enabled", UNSET)
        )

        def _parse_client_user_deletion_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        client_user_deletion_enabled = _parse_client_user_deletion_enabled(
            d.pop("client_user_deletion_enabled", UNSET)
        )

        def _parse_credential_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        credential_enabled = _parse_credential_enabled(d.pop("credential_enabled", UNSET))

        def _parse_domains(data: object) -> list[ProjectConfigDomainsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domains_type_0 = []
                _domains_type_0 = data
                for domains_type_0_item_data in _domains_type_0:
                    domains_type_0_item = ProjectConfigDomainsType0Item.from_dict(domains_type_0_item_data)

                    domains_type_0.append(domains_type_0_item)

                return domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectConfigDomainsType0Item] | None | Unset, data)

        domains = _parse_domains(d.pop("domains", UNSET))

        def _parse_enabled_oauth_providers(
            data: object,
        ) -> list[ProjectConfigEnabledOauthProvidersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_oauth_providers_type_0 = []
                _enabled_oauth_providers_type_0 = data
                for enabled_oauth_providers_type_0_item_data in _enabled_oauth_providers_type_0:
                    enabled_oauth_providers_type_0_item = (
                        ProjectConfigEnabledOauthProvidersType0Item.from_dict(
                            enabled_oauth_providers_type_0_item_data
                        )
                    )

                    enabled_oauth_providers_type_0.append(enabled_oauth_providers_type_0_item)

                return enabled_oauth_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectConfigEnabledOauthProvidersType0Item] | None | Unset, data)

        enabled_oauth_providers = _parse_enabled_oauth_providers(d.pop("enabled_oauth_providers", UNSET))

        def _parse_magic_link_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        magic_link_enabled = _parse_magic_link_enabled(d.pop("magic_link_enabled", UNSET))

        def _parse_passkey_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        passkey_enabled = _parse_passkey_enabled(d.pop("passkey_enabled", UNSET))

        def _parse_sign_up_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sign_up_enabled = _parse_sign_up_enabled(d.pop("sign_up_enabled", UNSET))

        project_config = cls(
            allow_team_api_keys=allow_team_api_keys,
            allow_user_api_keys=allow_user_api_keys,
            client_team_creation_enabled=client_team_creation_enabled,
            client_user_deletion_enabled=client_user_deletion_enabled,
            credential_enabled=credential_enabled,
            domains=domains,
            enabled_oauth_providers=enabled_oauth_providers,
            magic_link_enabled=magic_link_enabled,
            passkey_enabled=passkey_enabled,
            sign_up_enabled=sign_up_enabled,
        )

        project_config.additional_properties = d
        return project_config

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
