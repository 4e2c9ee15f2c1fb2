"""Contains all the data models used in inputs/outputs.

Models load on first attribute access (PEP 562), so ``import stack_sdk_generated.models`` stays cheap and
an endpoint module pulls in only the models it uses. Template: openapi/templates/models_init.py.jinja.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .api_key_check_body import ApiKeyCheckBody
    from .api_key_type import ApiKeyType
    from .api_key_update_body import ApiKeyUpdateBody
    from .api_key_value_tail import ApiKeyValueTail
    from .auth_cli_complete_body import AuthCliCompleteBody
    from .auth_cli_initiate_body import AuthCliInitiateBody
    from .auth_cli_initiate_response_200 import AuthCliInitiateResponse200
    from .auth_cli_poll_body import AuthCliPollBody
    from .auth_mfa_sign_in_body import AuthMfaSignInBody
    from .auth_otp_send_sign_in_code_body import AuthOtpSendSignInCodeBody
    from .auth_otp_send_sign_in_code_response_200 import (
        AuthOtpSendSignInCodeResponse200,
    )
    from .auth_password_reset_body import AuthPasswordResetBody
    from .auth_password_send_reset_code_body import AuthPasswordSendResetCodeBody
    from .auth_password_send_reset_code_response_200 import (
        AuthPasswordSendResetCodeResponse200,
    )
    from .auth_password_set_body import AuthPasswordSetBody
    from .auth_password_sign_in_body import AuthPasswordSignInBody
    from .auth_password_sign_up_body import AuthPasswordSignUpBody
    from .auth_password_update_body import AuthPasswordUpdateBody
    from .auth_sessions_create_body import AuthSessionsCreateBody
    from .auth_sessions_list_response_200 import AuthSessionsListResponse200
    from .auth_tokens import AuthTokens
    from .cli_poll_result import CliPollResult
    from .cli_poll_status import CliPollStatus
    from .code_body import CodeBody
    from .code_validity import CodeValidity
    from .connected_accounts_get_access_token_body import (
        ConnectedAccountsGetAccessTokenBody,
    )
    from .connected_accounts_list_response_200 import ConnectedAccountsListResponse200
    from .contact_channel import ContactChannel
    from .contact_channel_type import ContactChannelType
    from .contact_channels_create_body import ContactChannelsCreateBody
    from .contact_channels_list_response_200 import ContactChannelsListResponse200
    from .contact_channels_send_primary_verification_code_body import (
        ContactChannelsSendPrimaryVerificationCodeBody,
    )
    from .contact_channels_send_verification_code_body import (
        ContactChannelsSendVerificationCodeBody,
    )
    from .contact_channels_update_body import ContactChannelsUpdateBody
    from .customer_type import CustomerType
    from .data_vault_get_body import DataVaultGetBody
    from .data_vault_get_response_200 import DataVaultGetResponse200
    from .data_vault_set_body import DataVaultSetBody
    from .email_outbox_list_response_200 import EmailOutboxListResponse200
    from .email_outbox_update_body import EmailOutboxUpdateBody
    from .email_stats import EmailStats
    from .emails_delivery_info_response_200 import EmailsDeliveryInfoResponse200
    from .emails_delivery_info_response_200_capacity import (
        EmailsDeliveryInfoResponse200Capacity,
    )
    from .emails_delivery_info_response_200_stats import (
        EmailsDeliveryInfoResponse200Stats,
    )
    from .emails_render_response_200 import EmailsRenderResponse200
    from .emails_send_body import EmailsSendBody
    from .emails_send_response_200 import EmailsSendResponse200
    from .emails_send_response_200_results_item import EmailsSendResponse200ResultsItem
    from .geo_info import GeoInfo
    from .inline_product import InlineProduct
    from .internal_ai_chat_update_body import InternalAiChatUpdateBody
    from .internal_config_get_response_200 import InternalConfigGetResponse200
    from .internal_config_override_update_body import InternalConfigOverrideUpdateBody
    from .internal_feature_requests_create_body import InternalFeatureRequestsCreateBody
    from .internal_feature_requests_create_response_200 import (
        InternalFeatureRequestsCreateResponse200,
    )
    from .internal_feature_requests_list_response_200 import (
        InternalFeatureRequestsListResponse200,
    )
    from .internal_feature_requests_list_response_200_posts_item import (
        InternalFeatureRequestsListResponse200PostsItem,
    )
    from .internal_feature_requests_list_response_200_posts_item_post_status_type_0 import (
        InternalFeatureRequestsListResponse200PostsItemPostStatusType0,
    )
    from .internal_feature_requests_upvote_response_200 import (
        InternalFeatureRequestsUpvoteResponse200,
    )
    from .jwk import Jwk
    from .jwks import Jwks
    from .mfa_type import MfaType
    from .notification_preference import NotificationPreference
    from .notification_preferences_list_response_200 import (
        NotificationPreferencesListResponse200,
    )
    from .notification_preferences_update_body import NotificationPreferencesUpdateBody
    from .o_auth_provider import OAuthProvider
    from .oauth_providers_create_body import OauthProvidersCreateBody
    from .oauth_providers_list_response_200 import OauthProvidersListResponse200
    from .oauth_providers_update_body import OauthProvidersUpdateBody
    from .pagination import Pagination
    from .payment_method import PaymentMethod
    from .payments_create_purchase_session_body import PaymentsCreatePurchaseSessionBody
    from .payments_create_purchase_session_response_200 import (
        PaymentsCreatePurchaseSessionResponse200,
    )
    from .payments_create_purchase_url_body import PaymentsCreatePurchaseUrlBody
    from .payments_create_purchase_url_response_200 import (
        PaymentsCreatePurchaseUrlResponse200,
    )
    from .payments_create_setup_intent_response_200 import (
        PaymentsCreateSetupIntentResponse200,
    )
    from .payments_get_billing_response_200 import PaymentsGetBillingResponse200
    from .payments_get_item_response_200 import PaymentsGetItemResponse200
    from .payments_grant_product_body import PaymentsGrantProductBody
    from .payments_list_invoices_response_200 import PaymentsListInvoicesResponse200
    from .payments_list_products_response_200 import PaymentsListProductsResponse200
    from .payments_set_default_payment_method_body import (
        PaymentsSetDefaultPaymentMethodBody,
    )
    from .payments_switch_subscription_body import PaymentsSwitchSubscriptionBody
    from .payments_update_item_quantity_body import PaymentsUpdateItemQuantityBody
    from .payments_validate_purchase_code_body import PaymentsValidatePurchaseCodeBody
    from .payments_validate_purchase_code_response_200 import (
        PaymentsValidatePurchaseCodeResponse200,
    )
    from .payments_validate_purchase_code_response_200_conflicting_products_item import (
        PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem,
    )
    from .permission_definition import PermissionDefinition
    from .project import Project
    from .project_config import ProjectConfig
    from .project_config_domains_type_0_item import ProjectConfigDomainsType0Item
    from .project_config_enabled_oauth_providers_type_0_item import (
        ProjectConfigEnabledOauthProvidersType0Item,
    )
    from .project_permission import ProjectPermission
    from .project_permission_definitions_create_body import (
        ProjectPermissionDefinitionsCreateBody,
    )
    from .project_permission_definitions_list_response_200 import (
        ProjectPermissionDefinitionsListResponse200,
    )
    from .project_permission_definitions_update_body import (
        ProjectPermissionDefinitionsUpdateBody,
    )
    from .project_permissions_list_response_200 import ProjectPermissionsListResponse200
    from .restricted_reason import RestrictedReason
    from .restricted_reason_type import RestrictedReasonType
    from .session import Session
    from .session_tokens import SessionTokens
    from .success import Success
    from .team import Team
    from .team_api_key import TeamApiKey
    from .team_api_key_first_view import TeamApiKeyFirstView
    from .team_api_keys_create_body import TeamApiKeysCreateBody
    from .team_api_keys_list_response_200 import TeamApiKeysListResponse200
    from .team_invitation import TeamInvitation
    from .team_invitations_get_details_response_200 import (
        TeamInvitationsGetDetailsResponse200,
    )
    from .team_invitations_list_response_200 import TeamInvitationsListResponse200
    from .team_invitations_send_body import TeamInvitationsSendBody
    from .team_invitations_send_response_200 import TeamInvitationsSendResponse200
    from .team_member_profile import TeamMemberProfile
    from .team_member_profiles_list_response_200 import (
        TeamMemberProfilesListResponse200,
    )
    from .team_member_profiles_update_body import TeamMemberProfilesUpdateBody
    from .team_membership import TeamMembership
    from .team_permission import TeamPermission
    from .team_permission_definitions_create_body import (
        TeamPermissionDefinitionsCreateBody,
    )
    from .team_permission_definitions_list_response_200 import (
        TeamPermissionDefinitionsListResponse200,
    )
    from .team_permission_definitions_update_body import (
        TeamPermissionDefinitionsUpdateBody,
    )
    from .team_permissions_list_response_200 import TeamPermissionsListResponse200
    from .teams_create_body import TeamsCreateBody
    from .teams_list_response_200 import TeamsListResponse200
    from .teams_update_body import TeamsUpdateBody
    from .user import User
    from .user_api_key import UserApiKey
    from .user_api_key_first_view import UserApiKeyFirstView
    from .user_api_keys_create_body import UserApiKeysCreateBody
    from .user_api_keys_list_response_200 import UserApiKeysListResponse200
    from .user_oauth_providers_type_0_item import UserOauthProvidersType0Item
    from .users_create_body import UsersCreateBody
    from .users_list_response_200 import UsersListResponse200
    from .users_order_by import UsersOrderBy
    from .users_update_body import UsersUpdateBody
    from .users_update_me_body import UsersUpdateMeBody

# public name -> module (relative to this package) that defines it
_IMPORT_MAP: dict[str, str] = {
    "AccessToken": ".access_token",
    "ApiKeyCheckBody": ".api_key_check_body",
    "ApiKeyType": ".api_key_type",
    "ApiKeyUpdateBody": ".api_key_update_body",
    "ApiKeyValueTail": ".api_key_value_tail",
    "AuthCliCompleteBody": ".auth_cli_complete_body",
    "AuthCliInitiateBody": ".auth_cli_initiate_body",
    "AuthCliInitiateResponse200": ".auth_cli_initiate_response_200",
    "AuthCliPollBody": ".auth_cli_poll_body",
    "AuthMfaSignInBody": ".auth_mfa_sign_in_body",
    "AuthOtpSendSignInCodeBody": ".auth_otp_send_sign_in_code_body",
    "AuthOtpSendSignInCodeResponse200": ".auth_otp_send_sign_in_code_response_200",
    "AuthPasswordResetBody": ".auth_password_reset_body",
    "AuthPasswordSendResetCodeBody": ".auth_password_send_reset_code_body",
    "AuthPasswordSendResetCodeResponse200": ".auth_password_send_reset_code_response_200",
    "AuthPasswordSetBody": ".auth_password_set_body",
    "AuthPasswordSignInBody": ".auth_password_sign_in_body",
    "AuthPasswordSignUpBody": ".auth_password_sign_up_body",
    "AuthPasswordUpdateBody": ".auth_password_update_body",
    "AuthSessionsCreateBody": ".auth_sessions_create_body",
    "AuthSessionsListResponse200": ".auth_sessions_list_response_200",
    "AuthTokens": ".auth_tokens",
    "CliPollResult": ".cli_poll_result",
    "CliPollStatus": ".cli_poll_status",
    "CodeBody": ".code_body",
    "CodeValidity": ".code_validity",
    "ConnectedAccountsGetAccessTokenBody": ".connected_accounts_get_access_token_body",
    "ConnectedAccountsListResponse200": ".connected_accounts_list_response_200",
    "ContactChannel": ".contact_channel",
    "ContactChannelType": ".contact_channel_type",
    "ContactChannelsCreateBody": ".contact_channels_create_body",
    "ContactChannelsListResponse200": ".contact_channels_list_response_200",
    "ContactChannelsSendPrimaryVerificationCodeBody": ".contact_channels_send_primary_verification_code_body",
    "ContactChannelsSendVerificationCodeBody": ".contact_channels_send_verification_code_body",
    "ContactChannelsUpdateBody": ".contact_channels_update_body",
    "CustomerType": ".customer_type",
    "DataVaultGetBody": ".data_vault_get_body",
    "DataVaultGetResponse200": ".data_vault_get_response_200",
    "DataVaultSetBody": ".data_vault_set_body",
    "EmailOutboxListResponse200": ".email_outbox_list_response_200",
    "EmailOutboxUpdateBody": ".email_outbox_update_body",
    "EmailStats": ".email_stats",
    "EmailsDeliveryInfoResponse200": ".emails_delivery_info_response_200",
    "EmailsDeliveryInfoResponse200Capacity": ".emails_delivery_info_response_200_capacity",
    "EmailsDeliveryInfoResponse200Stats": ".emails_delivery_info_response_200_stats",
    "EmailsRenderResponse200": ".emails_render_response_200",
    "EmailsSendBody": ".emails_send_body",
    "EmailsSendResponse200": ".emails_send_response_200",
    "EmailsSendResponse200ResultsItem": ".emails_send_response_200_results_item",
    "GeoInfo": ".geo_info",
    "InlineProduct": ".inline_product",
    "InternalAiChatUpdateBody": ".internal_ai_chat_update_body",
    "InternalConfigGetResponse200": ".internal_config_get_response_200",
    "InternalConfigOverrideUpdateBody": ".internal_config_override_update_body",
    "InternalFeatureRequestsCreateBody": ".internal_feature_requests_create_body",
    "InternalFeatureRequestsCreateResponse200": ".internal_feature_requests_create_response_200",
    "InternalFeatureRequestsListResponse200": ".internal_feature_requests_list_response_200",
    "InternalFeatureRequestsListResponse200PostsItem": ".internal_feature_requests_list_response_200_posts_item",
    "InternalFeatureRequestsListResponse200PostsItemPostStatusType0": ".internal_feature_requests_list_response_200_posts_item_post_status_type_0",
    "InternalFeatureRequestsUpvoteResponse200": ".internal_feature_requests_upvote_response_200",
    "Jwk": ".jwk",
    "Jwks": ".jwks",
    "MfaType": ".mfa_type",
    "NotificationPreference": ".notification_preference",
    "NotificationPreferencesListResponse200": ".notification_preferences_list_response_200",
    "NotificationPreferencesUpdateBody": ".notification_preferences_update_body",
    "OAuthProvider": ".o_auth_provider",
    "OauthProvidersCreateBody": ".oauth_providers_create_body",
    "OauthProvidersListResponse200": ".oauth_providers_list_response_200",
    "OauthProvidersUpdateBody": ".oauth_providers_update_body",
    "Pagination": ".pagination",
    "PaymentMethod": ".payment_method",
    "PaymentsCreatePurchaseSessionBody": ".payments_create_purchase_session_body",
    "PaymentsCreatePurchaseSessionResponse200": ".payments_create_purchase_session_response_200",
    "PaymentsCreatePurchaseUrlBody": ".payments_create_purchase_url_body",
    "PaymentsCreatePurchaseUrlResponse200": ".payments_create_purchase_url_response_200",
    "PaymentsCreateSetupIntentResponse200": ".payments_create_setup_intent_response_200",
    "PaymentsGetBillingResponse200": ".payments_get_billing_response_200",
    "PaymentsGetItemResponse200": ".payments_get_item_response_200",
    "PaymentsGrantProductBody": ".payments_grant_product_body",
    "PaymentsListInvoicesResponse200": ".payments_list_invoices_response_200",
    "PaymentsListProductsResponse200": ".payments_list_products_response_200",
    "PaymentsSetDefaultPaymentMethodBody": ".payments_set_default_payment_method_body",
    "PaymentsSwitchSubscriptionBody": ".payments_switch_subscription_body",
    "PaymentsUpdateItemQuantityBody": ".payments_update_item_quantity_body",
    "PaymentsValidatePurchaseCodeBody": ".payments_validate_purchase_code_body",
    "PaymentsValidatePurchaseCodeResponse200": ".payments_validate_purchase_code_response_200",
    "PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem": ".payments_validate_purchase_code_response_200_conflicting_products_item",
    "PermissionDefinition": ".permission_definition",
    "Project": ".project",
    "ProjectConfig": ".project_config",
    "ProjectConfigDomainsType0Item": ".project_config_domains_type_0_item",
    "ProjectConfigEnabledOauthProvidersType0Item": ".project_config_enabled_oauth_providers_type_0_item",
    "ProjectPermission": ".project_permission",
    "ProjectPermissionDefinitionsCreateBody": ".project_permission_definitions_create_body",
    "ProjectPermissionDefinitionsListResponse200": ".project_permission_definitions_list_response_200",
    "ProjectPermissionDefinitionsUpdateBody": ".project_permission_definitions_update_body",
    "ProjectPermissionsListResponse200": ".project_permissions_list_response_200",
    "RestrictedReason": ".restricted_reason",
    "RestrictedReasonType": ".restricted_reason_type",
    "Session": ".session",
    "SessionTokens": ".session_tokens",
    "Success": ".success",
    "Team": ".team",
    "TeamApiKey": ".team_api_key",
    "TeamApiKeyFirstView": ".team_api_key_first_view",
    "TeamApiKeysCreateBody": ".team_api_keys_create_body",
    "TeamApiKeysListResponse200": ".team_api_keys_list_response_200",
    "TeamInvitation": ".team_invitation",
    "TeamInvitationsGetDetailsResponse200": ".team_invitations_get_details_response_200",
    "TeamInvitationsListResponse200": ".team_invitations_list_response_200",
    "TeamInvitationsSendBody": ".team_invitations_send_body",
    "TeamInvitationsSendResponse200": ".team_invitations_send_response_200",
    "TeamMemberProfile": ".team_member_profile",
    "TeamMemberProfilesListResponse200": ".team_member_profiles_list_response_200",
    "TeamMemberProfilesUpdateBody": ".team_member_profiles_update_body",
    "TeamMembership": ".team_membership",
    "TeamPermission": ".team_permission",
    "TeamPermissionDefinitionsCreateBody": ".team_permission_definitions_create_body",
    "TeamPermissionDefinitionsListResponse200": ".team_permission_definitions_list_response_200",
    "TeamPermissionDefinitionsUpdateBody": ".team_permission_definitions_update_body",
    "TeamPermissionsListResponse200": ".team_permissions_list_response_200",
    "TeamsCreateBody": ".teams_create_body",
    "TeamsListResponse200": ".teams_list_response_200",
    "TeamsUpdateBody": ".teams_update_body",
    "User": ".user",
    "UserApiKey": ".user_api_key",
    "UserApiKeyFirstView": ".user_api_key_first_view",
    "UserApiKeysCreateBody": ".user_api_keys_create_body",
    "UserApiKeysListResponse200": ".user_api_keys_list_response_200",
    "UserOauthProvidersType0Item": ".user_oauth_providers_type_0_item",
    "UsersCreateBody": ".users_create_body",
    "UsersListResponse200": ".users_list_response_200",
    "UsersOrderBy": ".users_order_by",
    "UsersUpdateBody": ".users_update_body",
    "UsersUpdateMeBody": ".users_update_me_body",
}

__all__ = (
    "AccessToken",
    "ApiKeyCheckBody",
    "ApiKeyType",
    "ApiKeyUpdateBody",
    "ApiKeyValueTail",
    "AuthCliCompleteBody",
    "AuthCliInitiateBody",
    "AuthCliInitiateResponse200",
    "AuthCliPollBody",
    "AuthMfaSignInBody",
    "AuthOtpSendSignInCodeBody",
    "AuthOtpSendSignInCodeResponse200",
    "AuthPasswordResetBody",
    "AuthPasswordSendResetCodeBody",
    "AuthPasswordSendResetCodeResponse200",
    "AuthPasswordSetBody",
    "AuthPasswordSignInBody",
    "AuthPasswordSignUpBody",
    "AuthPasswordUpdateBody",
    "AuthSessionsCreateBody",
    "AuthSessionsListResponse200",
    "AuthTokens",
    "CliPollResult",
    "CliPollStatus",
    "CodeBody",
    "CodeValidity",
    "ConnectedAccountsGetAccessTokenBody",
    "ConnectedAccountsListResponse200",
    "ContactChannel",
    "ContactChannelsCreateBody",
    "ContactChannelsListResponse200",
    "ContactChannelsSendPrimaryVerificationCodeBody",
    "ContactChannelsSendVerificationCodeBody",
    "ContactChannelsUpdateBody",
    "ContactChannelType",
    "CustomerType",
    "DataVaultGetBody",
    "DataVaultGetResponse200",
    "DataVaultSetBody",
    "EmailOutboxListResponse200",
    "EmailOutboxUpdateBody",
    "EmailsDeliveryInfoResponse200",
    "EmailsDeliveryInfoResponse200Capacity",
    "EmailsDeliveryInfoResponse200Stats",
    "EmailsRenderResponse200",
    "EmailsSendBody",
    "EmailsSendResponse200",
    "EmailsSendResponse200ResultsItem",
    "EmailStats",
    "GeoInfo",
    "InlineProduct",
    "InternalAiChatUpdateBody",
    "InternalConfigGetResponse200",
    "InternalConfigOverrideUpdateBody",
    "InternalFeatureRequestsCreateBody",
    "InternalFeatureRequestsCreateResponse200",
    "InternalFeatureRequestsListResponse200",
    "InternalFeatureRequestsListResponse200PostsItem",
    "InternalFeatureRequestsListResponse200PostsItemPostStatusType0",
    "InternalFeatureRequestsUpvoteResponse200",
    "Jwk",
    "Jwks",
    "MfaType",
    "NotificationPreference",
    "NotificationPreferencesListResponse200",
    "NotificationPreferencesUpdateBody",
    "OAuthProvider",
    "OauthProvidersCreateBody",
    "OauthProvidersListResponse200",
    "OauthProvidersUpdateBody",
    "Pagination",
    "PaymentMethod",
    "PaymentsCreatePurchaseSessionBody",
    "PaymentsCreatePurchaseSessionResponse200",
    "PaymentsCreatePurchaseUrlBody",
    "PaymentsCreatePurchaseUrlResponse200",
    "PaymentsCreateSetupIntentResponse200",
    "PaymentsGetBillingResponse200",
    "PaymentsGetItemResponse200",
    "PaymentsGrantProductBody",
    "PaymentsListInvoicesResponse200",
    "PaymentsListProductsResponse200",
    "PaymentsSetDefaultPaymentMethodBody",
    "PaymentsSwitchSubscriptionBody",
    "PaymentsUpdateItemQuantityBody",
    "PaymentsValidatePurchaseCodeBody",
    "PaymentsValidatePurchaseCodeResponse200",
    "PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem",
    "PermissionDefinition",
    "Project",
    "ProjectConfig",
    "ProjectConfigDomainsType0Item",
    "ProjectConfigEnabledOauthProvidersType0Item",
    "ProjectPermission",
    "ProjectPermissionDefinitionsCreateBody",
    "ProjectPermissionDefinitionsListResponse200",
    "ProjectPermissionDefinitionsUpdateBody",
    "ProjectPermissionsListResponse200",
    "RestrictedReason",
    "RestrictedReasonType",
    "Session",
    "SessionTokens",
    "Success",
    "Team",
    "TeamApiKey",
    "TeamApiKeyFirstView",
    "TeamApiKeysCreateBody",
    "TeamApiKeysListResponse200",
    "TeamInvitation",
    "TeamInvitationsGetDetailsResponse200",
    "TeamInvitationsListResponse200",
    "TeamInvitationsSendBody",
    "TeamInvitationsSendResponse200",
    "TeamMemberProfile",
    "TeamMemberProfilesListResponse200",
    "TeamMemberProfilesUpdateBody",
    "TeamMembership",
    "TeamPermission",
    "TeamPermissionDefinitionsCreateBody",
    "TeamPermissionDefinitionsListResponse200",
    "TeamPermissionDefinitionsUpdateBody",
    "TeamPermissionsListResponse200",
    "TeamsCreateBody",
    "TeamsListResponse200",
    "TeamsUpdateBody",
    "User",
    "UserApiKey",
    "UserApiKeyFirstView",
    "UserApiKeysCreateBody",
    "UserApiKeysListResponse200",
    "UserOauthProvidersType0Item",
    "UsersCreateBody",
    "UsersListResponse200",
    "UsersOrderBy",
    "UsersUpdateBody",
    "UsersUpdateMeBody",
)


def __getattr__(name: str) -> Any:
    module = _IMPORT_MAP.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
