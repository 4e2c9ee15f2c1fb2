"""Operation table of stack_sdk_generated: written by scripts/regenerate.sh, do not edit.

``OPERATIONS[operation_id]`` says how to call an operation and which access types may; ``EXCLUDED``
lists upstream operations deliberately not generated, with the reason.
"""

from __future__ import annotations

from typing import NamedTuple


class Operation(NamedTuple):
    """One generated operation: HTTP method, path template, allowed access types, endpoint module."""

    method: str
    path: str
    access: tuple[str, ...]
    module: str


OPERATIONS: dict[str, Operation] = {
    "auth_anonymous_sign_up": Operation(
        "POST",
        "/auth/anonymous/sign-up",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_anonymous.auth_anonymous_sign_up",
    ),
    "auth_cli_complete": Operation(
        "POST",
        "/auth/cli/complete",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_cli.auth_cli_complete",
    ),
    "auth_cli_initiate": Operation(
        "POST",
        "/auth/cli",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_cli.auth_cli_initiate",
    ),
    "auth_cli_poll": Operation(
        "POST",
        "/auth/cli/poll",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_cli.auth_cli_poll",
    ),
    "auth_mfa_sign_in": Operation(
        "POST",
        "/auth/mfa/sign-in",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_mfa.auth_mfa_sign_in",
    ),
    "auth_otp_check_code": Operation(
        "POST",
        "/auth/otp/sign-in/check-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_otp.auth_otp_check_code",
    ),
    "auth_otp_send_sign_in_code": Operation(
        "POST",
        "/auth/otp/send-sign-in-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_otp.auth_otp_send_sign_in_code",
    ),
    "auth_otp_sign_in": Operation(
        "POST",
        "/auth/otp/sign-in",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_otp.auth_otp_sign_in",
    ),
    "auth_password_check_reset_code": Operation(
        "POST",
        "/auth/password/reset/check-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_check_reset_code",
    ),
    "auth_password_reset": Operation(
        "POST",
        "/auth/password/reset",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_reset",
    ),
    "auth_password_send_reset_code": Operation(
        "POST",
        "/auth/password/send-reset-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_send_reset_code",
    ),
    "auth_password_set": Operation(
        "POST",
        "/auth/password/set",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_set",
    ),
    "auth_password_sign_in": Operation(
        "POST",
        "/auth/password/sign-in",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_sign_in",
    ),
    "auth_password_sign_up": Operation(
        "POST",
        "/auth/password/sign-up",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_sign_up",
    ),
    "auth_password_update": Operation(
        "POST",
        "/auth/password/update",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_password.auth_password_update",
    ),
    "auth_sessions_create": Operation(
        "POST",
        "/auth/sessions",
        ("server", "admin"),
        "stack_sdk_generated.api.auth_sessions.auth_sessions_create",
    ),
    "auth_sessions_delete": Operation(
        "DELETE",
        "/auth/sessions/{id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_sessions.auth_sessions_delete",
    ),
    "auth_sessions_delete_current": Operation(
        "DELETE",
        "/auth/sessions/current",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_sessions.auth_sessions_delete_current",
    ),
    "auth_sessions_list": Operation(
        "GET",
        "/auth/sessions",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_sessions.auth_sessions_list",
    ),
    "auth_sessions_refresh_current": Operation(
        "POST",
        "/auth/sessions/current/refresh",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.auth_sessions.auth_sessions_refresh_current",
    ),
    "connected_accounts_get_access_token": Operation(
        "POST",
        "/connected-accounts/{user_id}/{provider_id}/access-token",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.connected_accounts.connected_accounts_get_access_token",
    ),
    "connected_accounts_list": Operation(
        "GET",
        "/connected-accounts/{user_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.connected_accounts.connected_accounts_list",
    ),
    "contact_channels_check_verification_code": Operation(
        "POST",
        "/contact-channels/verify/check-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_check_verification_code",
    ),
    "contact_channels_create": Operation(
        "POST",
        "/contact-channels",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_create",
    ),
    "contact_channels_delete": Operation(
        "DELETE",
        "/contact-channels/{user_id}/{contact_channel_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_delete",
    ),
    "contact_channels_get": Operation(
        "GET",
        "/contact-channels/{user_id}/{contact_channel_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_get",
    ),
    "contact_channels_list": Operation(
        "GET",
        "/contact-channels",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_list",
    ),
    "contact_channels_send_primary_verification_code": Operation(
        "POST",
        "/contact-channels/send-verification-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_send_primary_verification_code",
    ),
    "contact_channels_send_verification_code": Operation(
        "POST",
        "/contact-channels/{user_id}/{contact_channel_id}/send-verification-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_send_verification_code",
    ),
    "contact_channels_update": Operation(
        "PATCH",
        "/contact-channels/{user_id}/{contact_channel_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_update",
    ),
    "contact_channels_verify": Operation(
        "POST",
        "/contact-channels/verify",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.contact_channels.contact_channels_verify",
    ),
    "data_vault_get": Operation(
        "POST",
        "/data-vault/stores/{id}/get",
        ("server", "admin"),
        "stack_sdk_generated.api.data_vault.data_vault_get",
    ),
    "data_vault_set": Operation(
        "POST",
        "/data-vault/stores/{id}/set",
        ("server", "admin"),
        "stack_sdk_generated.api.data_vault.data_vault_set",
    ),
    "email_outbox_get": Operation(
        "GET",
        "/emails/outbox/{id}",
        ("server", "admin"),
        "stack_sdk_generated.api.email_outbox.email_outbox_get",
    ),
    "email_outbox_list": Operation(
        "GET", "/emails/outbox", ("server", "admin"), "stack_sdk_generated.api.email_outbox.email_outbox_list"
    ),
    "email_outbox_update": Operation(
        "PATCH",
        "/emails/outbox/{id}",
        ("server", "admin"),
        "stack_sdk_generated.api.email_outbox.email_outbox_update",
    ),
    "emails_activate_capacity_boost": Operation(
        "POST",
        "/emails/capacity-boost",
        ("server", "admin"),
        "stack_sdk_generated.api.emails.emails_activate_capacity_boost",
    ),
    "emails_delivery_info": Operation(
        "GET",
        "/emails/delivery-info",
        ("server", "admin"),
        "stack_sdk_generated.api.emails.emails_delivery_info",
    ),
    "emails_render": Operation(
        "POST", "/emails/render-email", ("admin",), "stack_sdk_generated.api.emails.emails_render"
    ),
    "emails_send": Operation(
        "POST", "/emails/send-email", ("server", "admin"), "stack_sdk_generated.api.emails.emails_send"
    ),
    "internal_ai_chat_update": Operation(
        "PATCH",
        "/internal/ai-chat/{threadId}",
        ("admin",),
        "stack_sdk_generated.api.internal.internal_ai_chat_update",
    ),
    "internal_config_get": Operation(
        "GET", "/internal/config", ("admin",), "stack_sdk_generated.api.internal.internal_config_get"
    ),
    "internal_config_override_update": Operation(
        "PATCH",
        "/internal/config/override",
        ("admin",),
        "stack_sdk_generated.api.internal.internal_config_override_update",
    ),
    "internal_feature_requests_create": Operation(
        "POST",
        "/internal/feature-requests",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.internal.internal_feature_requests_create",
    ),
    "internal_feature_requests_list": Operation(
        "GET",
        "/internal/feature-requests",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.internal.internal_feature_requests_list",
    ),
    "internal_feature_requests_upvote": Operation(
        "POST",
        "/internal/feature-requests/{featureRequestId}/upvote",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.internal.internal_feature_requests_upvote",
    ),
    "notification_preferences_list": Operation(
        "GET",
        "/emails/notification-preference/{user_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.notification_preferences.notification_preferences_list",
    ),
    "notification_preferences_update": Operation(
        "PATCH",
        "/emails/notification-preference/{user_id}/{notification_category_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.notification_preferences.notification_preferences_update",
    ),
    "oauth_providers_create": Operation(
        "POST",
        "/oauth-providers",
        ("server", "admin"),
        "stack_sdk_generated.api.oauth_providers.oauth_providers_create",
    ),
    "oauth_providers_delete": Operation(
        "DELETE",
        "/oauth-providers/{user_id}/{provider_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.oauth_providers.oauth_providers_delete",
    ),
    "oauth_providers_get": Operation(
        "GET",
        "/oauth-providers/{user_id}/{provider_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.oauth_providers.oauth_providers_get",
    ),
    "oauth_providers_list": Operation(
        "GET",
        "/oauth-providers",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.oauth_providers.oauth_providers_list",
    ),
    "oauth_providers_update": Operation(
        "PATCH",
        "/oauth-providers/{user_id}/{provider_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.oauth_providers.oauth_providers_update",
    ),
    "payments_cancel_product": Operation(
        "DELETE",
        "/payments/products/{customer_type}/{customer_id}/{product_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_cancel_product",
    ),
    "payments_create_purchase_session": Operation(
        "POST",
        "/payments/purchases/purchase-session",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_create_purchase_session",
    ),
    "payments_create_purchase_url": Operation(
        "POST",
        "/payments/purchases/create-purchase-url",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_create_purchase_url",
    ),
    "payments_create_setup_intent": Operation(
        "POST",
        "/payments/payment-method/{customer_type}/{customer_id}/setup-intent",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_create_setup_intent",
    ),
    "payments_get_billing": Operation(
        "GET",
        "/payments/billing/{customer_type}/{customer_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_get_billing",
    ),
    "payments_get_item": Operation(
        "GET",
        "/payments/items/{customer_type}/{customer_id}/{item_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_get_item",
    ),
    "payments_grant_product": Operation(
        "POST",
        "/payments/products/{customer_type}/{customer_id}",
        ("server", "admin"),
        "stack_sdk_generated.api.payments.payments_grant_product",
    ),
    "payments_list_invoices": Operation(
        "GET",
        "/payments/invoices/{customer_type}/{customer_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_list_invoices",
    ),
    "payments_list_products": Operation(
        "GET",
        "/payments/products/{customer_type}/{customer_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_list_products",
    ),
    "payments_set_default_payment_method": Operation(
        "POST",
        "/payments/payment-method/{customer_type}/{customer_id}/set-default",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_set_default_payment_method",
    ),
    "payments_switch_subscription": Operation(
        "POST",
        "/payments/products/{customer_type}/{customer_id}/switch",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_switch_subscription",
    ),
    "payments_update_item_quantity": Operation(
        "POST",
        "/payments/items/{customer_type}/{customer_id}/{item_id}/update-quantity",
        ("server", "admin"),
        "stack_sdk_generated.api.payments.payments_update_item_quantity",
    ),
    "payments_validate_purchase_code": Operation(
        "POST",
        "/payments/purchases/validate-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.payments.payments_validate_purchase_code",
    ),
    "project_permission_definitions_create": Operation(
        "POST",
        "/project-permission-definitions",
        ("admin",),
        "stack_sdk_generated.api.project_permission_definitions.project_permission_definitions_create",
    ),
    "project_permission_definitions_delete": Operation(
        "DELETE",
        "/project-permission-definitions/{permission_id}",
        ("admin",),
        "stack_sdk_generated.api.project_permission_definitions.project_permission_definitions_delete",
    ),
    "project_permission_definitions_list": Operation(
        "GET",
        "/project-permission-definitions",
        ("admin",),
        "stack_sdk_generated.api.project_permission_definitions.project_permission_definitions_list",
    ),
    "project_permission_definitions_update": Operation(
        "PATCH",
        "/project-permission-definitions/{permission_id}",
        ("admin",),
        "stack_sdk_generated.api.project_permission_definitions.project_permission_definitions_update",
    ),
    "project_permissions_grant": Operation(
        "POST",
        "/project-permissions/{user_id}/{permission_id}",
        ("server", "admin"),
        "stack_sdk_generated.api.project_permissions.project_permissions_grant",
    ),
    "project_permissions_list": Operation(
        "GET",
        "/project-permissions",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.project_permissions.project_permissions_list",
    ),
    "project_permissions_revoke": Operation(
        "DELETE",
        "/project-permissions/{user_id}/{permission_id}",
        ("server", "admin"),
        "stack_sdk_generated.api.project_permissions.project_permissions_revoke",
    ),
    "projects_get_current": Operation(
        "GET",
        "/projects/current",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.projects.projects_get_current",
    ),
    "projects_get_jwks": Operation(
        "GET",
        "/projects/{project_id}/.well-known/jwks.json",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.projects.projects_get_jwks",
    ),
    "team_api_keys_check": Operation(
        "POST",
        "/team-api-keys/check",
        ("server", "admin"),
        "stack_sdk_generated.api.team_api_keys.team_api_keys_check",
    ),
    "team_api_keys_create": Operation(
        "POST",
        "/team-api-keys",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_api_keys.team_api_keys_create",
    ),
    "team_api_keys_get": Operation(
        "GET",
        "/team-api-keys/{api_key_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_api_keys.team_api_keys_get",
    ),
    "team_api_keys_list": Operation(
        "GET",
        "/team-api-keys",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_api_keys.team_api_keys_list",
    ),
    "team_api_keys_update": Operation(
        "PATCH",
        "/team-api-keys/{api_key_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_api_keys.team_api_keys_update",
    ),
    "team_invitations_accept": Operation(
        "POST",
        "/team-invitations/accept",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_accept",
    ),
    "team_invitations_accept_by_id": Operation(
        "POST",
        "/team-invitations/{id}/accept",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_accept_by_id",
    ),
    "team_invitations_check_code": Operation(
        "POST",
        "/team-invitations/accept/check-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_check_code",
    ),
    "team_invitations_get_details": Operation(
        "POST",
        "/team-invitations/accept/details",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_get_details",
    ),
    "team_invitations_list": Operation(
        "GET",
        "/team-invitations",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_list",
    ),
    "team_invitations_revoke": Operation(
        "DELETE",
        "/team-invitations/{id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_revoke",
    ),
    "team_invitations_send": Operation(
        "POST",
        "/team-invitations/send-code",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_invitations.team_invitations_send",
    ),
    "team_member_profiles_get": Operation(
        "GET",
        "/team-member-profiles/{team_id}/{user_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_member_profiles.team_member_profiles_get",
    ),
    "team_member_profiles_list": Operation(
        "GET",
        "/team-member-profiles",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_member_profiles.team_member_profiles_list",
    ),
    "team_member_profiles_update": Operation(
        "PATCH",
        "/team-member-profiles/{team_id}/{user_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_member_profiles.team_member_profiles_update",
    ),
    "team_memberships_add": Operation(
        "POST",
        "/team-memberships/{team_id}/{user_id}",
        ("server", "admin"),
        "stack_sdk_generated.api.team_memberships.team_memberships_add",
    ),
    "team_memberships_remove": Operation(
        "DELETE",
        "/team-memberships/{team_id}/{user_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_memberships.team_memberships_remove",
    ),
    "team_permission_definitions_create": Operation(
        "POST",
        "/team-permission-definitions",
        ("admin",),
        "stack_sdk_generated.api.team_permission_definitions.team_permission_definitions_create",
    ),
    "team_permission_definitions_delete": Operation(
        "DELETE",
        "/team-permission-definitions/{permission_id}",
        ("admin",),
        "stack_sdk_generated.api.team_permission_definitions.team_permission_definitions_delete",
    ),
    "team_permission_definitions_list": Operation(
        "GET",
        "/team-permission-definitions",
        ("admin",),
        "stack_sdk_generated.api.team_permission_definitions.team_permission_definitions_list",
    ),
    "team_permission_definitions_update": Operation(
        "PATCH",
        "/team-permission-definitions/{permission_id}",
        ("admin",),
        "stack_sdk_generated.api.team_permission_definitions.team_permission_definitions_update",
    ),
    "team_permissions_grant": Operation(
        "POST",
        "/team-permissions/{team_id}/{user_id}/{permission_id}",
        ("server", "admin"),
        "stack_sdk_generated.api.team_permissions.team_permissions_grant",
    ),
    "team_permissions_list": Operation(
        "GET",
        "/team-permissions",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.team_permissions.team_permissions_list",
    ),
    "team_permissions_revoke": Operation(
        "DELETE",
        "/team-permissions/{team_id}/{user_id}/{permission_id}",
        ("server", "admin"),
        "stack_sdk_generated.api.team_permissions.team_permissions_revoke",
    ),
    "teams_create": Operation(
        "POST", "/teams", ("client", "server", "admin"), "stack_sdk_generated.api.teams.teams_create"
    ),
    "teams_delete": Operation(
        "DELETE",
        "/teams/{team_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.teams.teams_delete",
    ),
    "teams_get": Operation(
        "GET", "/teams/{team_id}", ("client", "server", "admin"), "stack_sdk_generated.api.teams.teams_get"
    ),
    "teams_list": Operation(
        "GET", "/teams", ("client", "server", "admin"), "stack_sdk_generated.api.teams.teams_list"
    ),
    "teams_update": Operation(
        "PATCH",
        "/teams/{team_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.teams.teams_update",
    ),
    "user_api_keys_check": Operation(
        "POST",
        "/user-api-keys/check",
        ("server", "admin"),
        "stack_sdk_generated.api.user_api_keys.user_api_keys_check",
    ),
    "user_api_keys_create": Operation(
        "POST",
        "/user-api-keys",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.user_api_keys.user_api_keys_create",
    ),
    "user_api_keys_get": Operation(
        "GET",
        "/user-api-keys/{api_key_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.user_api_keys.user_api_keys_get",
    ),
    "user_api_keys_list": Operation(
        "GET",
        "/user-api-keys",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.user_api_keys.user_api_keys_list",
    ),
    "user_api_keys_update": Operation(
        "PATCH",
        "/user-api-keys/{api_key_id}",
        ("client", "server", "admin"),
        "stack_sdk_generated.api.user_api_keys.user_api_keys_update",
    ),
    "users_create": Operation(
        "POST", "/users", ("server", "admin"), "stack_sdk_generated.api.users.users_create"
    ),
    "users_delete": Operation(
        "DELETE", "/users/{user_id}", ("server", "admin"), "stack_sdk_generated.api.users.users_delete"
    ),
    "users_delete_me": Operation(
        "DELETE", "/users/me", ("client", "server", "admin"), "stack_sdk_generated.api.users.users_delete_me"
    ),
    "users_get": Operation(
        "GET", "/users/{user_id}", ("server", "admin"), "stack_sdk_generated.api.users.users_get"
    ),
    "users_list": Operation("GET", "/users", ("server", "admin"), "stack_sdk_generated.api.users.users_list"),
    "users_me": Operation(
        "GET", "/users/me", ("client", "server", "admin"), "stack_sdk_generated.api.users.users_me"
    ),
    "users_update": Operation(
        "PATCH", "/users/{user_id}", ("server", "admin"), "stack_sdk_generated.api.users.users_update"
    ),
    "users_update_me": Operation(
        "PATCH", "/users/me", ("client", "server", "admin"), "stack_sdk_generated.api.users.users_update_me"
    ),
}

EXCLUDED: dict[str, str] = {
    "GET /": "text/plain welcome banner with only auth-header parameters; nothing for an SDK to call",
    "GET /auth/oauth/authorize/{provider_id}": "browser redirect (302); the facade builds the URL, no request is sent",
    "POST /auth/oauth/token": "form-encoded OAuth token endpoint; hand-written in the facade (refresh, code exchange)",
}
