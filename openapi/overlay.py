"""What stack-sdk knows about Stack's API that the published OpenAPI files get wrong or leave out.

Pure data, read by ``openapi/normalise.py``. Each table says *why* it exists; the facts come from
``docs/protocol.md`` (section numbers in the comments) and from the real-backend recordings.
Keys of operations are ``"METHOD /path"`` exactly as in the spec.
"""

from __future__ import annotations

from typing import Any, NamedTuple

Schema = dict[str, Any]

STR: Schema = {"type": "string"}
BOOL: Schema = {"type": "boolean"}
INT: Schema = {"type": "integer"}
NUM: Schema = {"type": "number"}
ANY: Schema = {}  # any JSON value (metadata, undocumented payloads)


def obj(required: tuple[str, ...] = (), **props: Schema) -> Schema:
    """An object schema; ``required`` names keys that are always present."""
    return {"type": "object", "properties": props, "required": sorted(required)}


def arr(items: Schema) -> Schema:
    return {"type": "array", "items": items}


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def query(name: str, schema: Schema, description: str = "", *, required: bool = False) -> Schema:
    param: Schema = {"name": name, "in": "query", "required": required, "schema": schema}
    if description:
        param["description"] = description
    return param


def path(name: str) -> Schema:
    return {"name": name, "in": "path", "required": True, "schema": dict(STR)}


# --------------------------------------------------------------------------------------------------
# 1. Operations NOT generated. Everything else in client/server/admin.json is generated.
# --------------------------------------------------------------------------------------------------
EXCLUDED: dict[str, str] = {
    # §0 #5, §5.2: the backend reads a form-encoded body (grant_type, client_id, client_secret, ...);
    # the spec documents a JSON {grant_type} body and an empty response. The facade hand-writes it.
    "POST /auth/oauth/token": "form-encoded OAuth token endpoint; hand-written in the facade (refresh, code exchange)",
    # §1.2: the SDK only builds this URL for a browser; it answers 302, nothing to parse.
    "GET /auth/oauth/authorize/{provider_id}": "browser redirect (302); the facade builds the URL, no request is sent",
    # §5.5 #7/#8: a text/plain welcome string whose only parameters are the x-stack-* auth headers.
    "GET /": "text/plain welcome banner with only auth-header parameters; nothing for an SDK to call",
}

# --------------------------------------------------------------------------------------------------
# 2. Names: (tag, action) per operation. operationId = f"{tag}_{action}", module api/<tag>/<operationId>.py.
#    Rule (openapi/README.md): tag = the resource in snake_case (auth flows: auth_<flow>);
#    action = list/get/create/update/delete for plain CRUD, otherwise the verb of the route.
#    Operations missing here get a name from normalise.default_name() and a note on stdout.
# --------------------------------------------------------------------------------------------------
NAMES: dict[str, tuple[str, str]] = {
    "POST /auth/anonymous/sign-up": ("auth_anonymous", "sign_up"),
    "POST /auth/cli": ("auth_cli", "initiate"),
    "POST /auth/cli/complete": ("auth_cli", "complete"),
    "POST /auth/cli/poll": ("auth_cli", "poll"),
    "POST /auth/mfa/sign-in": ("auth_mfa", "sign_in"),
    "POST /auth/otp/send-sign-in-code": ("auth_otp", "send_sign_in_code"),
    "POST /auth/otp/sign-in": ("auth_otp", "sign_in"),
    "POST /auth/otp/sign-in/check-code": ("auth_otp", "check_code"),
    "POST /auth/password/reset": ("auth_password", "reset"),
    "POST /auth/password/reset/check-code": ("auth_password", "check_reset_code"),
    "POST /auth/password/send-reset-code": ("auth_password", "send_reset_code"),
    "POST /auth/password/set": ("auth_password", "set"),
    "POST /auth/password/sign-in": ("auth_password", "sign_in"),
    "POST /auth/password/sign-up": ("auth_password", "sign_up"),
    "POST /auth/password/update": ("auth_password", "update"),
    "GET /auth/sessions": ("auth_sessions", "list"),
    "POST /auth/sessions": ("auth_sessions", "create"),
    "DELETE /auth/sessions/current": ("auth_sessions", "delete_current"),
    "POST /auth/sessions/current/refresh": ("auth_sessions", "refresh_current"),
    "DELETE /auth/sessions/{id}": ("auth_sessions", "delete"),
    "GET /connected-accounts/{user_id}": ("connected_accounts", "list"),
    "POST /connected-accounts/{user_id}/{provider_id}/access-token": (
        "connected_accounts",
        "get_access_token",
    ),
    "GET /contact-channels": ("contact_channels", "list"),
    "POST /contact-channels": ("contact_channels", "create"),
    "POST /contact-channels/send-verification-code": ("contact_channels", "send_primary_verification_code"),
    "POST /contact-channels/verify": ("contact_channels", "verify"),
    "POST /contact-channels/verify/check-code": ("contact_channels", "check_verification_code"),
    "GET /contact-channels/{user_id}/{contact_channel_id}": ("contact_channels", "get"),
    "PATCH /contact-channels/{user_id}/{contact_channel_id}": ("contact_channels", "update"),
    "DELETE /contact-channels/{user_id}/{contact_channel_id}": ("contact_channels", "delete"),
    "POST /contact-channels/{user_id}/{contact_channel_id}/send-verification-code": (
        "contact_channels",
        "send_verification_code",
    ),
    "POST /data-vault/stores/{id}/get": ("data_vault", "get"),
    "POST /data-vault/stores/{id}/set": ("data_vault", "set"),
    "POST /emails/capacity-boost": ("emails", "activate_capacity_boost"),
    "GET /emails/delivery-info": ("emails", "delivery_info"),
    "POST /emails/render-email": ("emails", "render"),
    "POST /emails/send-email": ("emails", "send"),
    "GET /emails/outbox": ("email_outbox", "list"),
    "GET /emails/outbox/{id}": ("email_outbox", "get"),
    "PATCH /emails/outbox/{id}": ("email_outbox", "update"),
    "GET /emails/notification-preference/{user_id}": ("notification_preferences", "list"),
    "PATCH /emails/notification-preference/{user_id}/{notification_category_id}": (
        "notification_preferences",
        "update",
    ),
    "PATCH /internal/ai-chat/{threadId}": ("internal", "ai_chat_update"),
    # admin routes of older releases (stack-2025-06), kept so regenerating those stays readable
    "GET /internal/emails": ("internal", "emails_list"),
    "GET /internal/projects/current": ("internal", "projects_get_current"),
    "PATCH /internal/projects/current": ("internal", "projects_update_current"),
    "DELETE /internal/projects/current": ("internal", "projects_delete_current"),
    "GET /internal/config": ("internal", "config_get"),
    "PATCH /internal/config/override": ("internal", "config_override_update"),
    "GET /internal/feature-requests": ("internal", "feature_requests_list"),
    "POST /internal/feature-requests": ("internal", "feature_requests_create"),
    "POST /internal/feature-requests/{featureRequestId}/upvote": ("internal", "feature_requests_upvote"),
    "GET /oauth-providers": ("oauth_providers", "list"),
    "POST /oauth-providers": ("oauth_providers", "create"),
    "GET /oauth-providers/{user_id}/{provider_id}": ("oauth_providers", "get"),
    "PATCH /oauth-providers/{user_id}/{provider_id}": ("oauth_providers", "update"),
    "DELETE /oauth-providers/{user_id}/{provider_id}": ("oauth_providers", "delete"),
    "GET /payments/billing/{customer_type}/{customer_id}": ("payments", "get_billing"),
    "GET /payments/invoices/{customer_type}/{customer_id}": ("payments", "list_invoices"),
    "GET /payments/items/{customer_type}/{customer_id}/{item_id}": ("payments", "get_item"),
    "POST /payments/items/{customer_type}/{customer_id}/{item_id}/update-quantity": (
        "payments",
        "update_item_quantity",
    ),
    "POST /payments/payment-method/{customer_type}/{customer_id}/set-default": (
        "payments",
        "set_default_payment_method",
    ),
    "POST /payments/payment-method/{customer_type}/{customer_id}/setup-intent": (
        "payments",
        "create_setup_intent",
    ),
    "GET /payments/products/{customer_type}/{customer_id}": ("payments", "list_products"),
    "POST /payments/products/{customer_type}/{customer_id}": ("payments", "grant_product"),
    "POST /payments/products/{customer_type}/{customer_id}/switch": ("payments", "switch_subscription"),
    "DELETE /payments/products/{customer_type}/{customer_id}/{product_id}": ("payments", "cancel_product"),
    "POST /payments/purchases/create-purchase-url": ("payments", "create_purchase_url"),
    "POST /payments/purchases/purchase-session": ("payments", "create_purchase_session"),
    "POST /payments/purchases/validate-code": ("payments", "validate_purchase_code"),
    "GET /project-permission-definitions": ("project_permission_definitions", "list"),
    "POST /project-permission-definitions": ("project_permission_definitions", "create"),
    "PATCH /project-permission-definitions/{permission_id}": ("project_permission_definitions", "update"),
    "DELETE /project-permission-definitions/{permission_id}": ("project_permission_definitions", "delete"),
    "GET /project-permissions": ("project_permissions", "list"),
    "POST /project-permissions/{user_id}/{permission_id}": ("project_permissions", "grant"),
    "DELETE /project-permissions/{user_id}/{permission_id}": ("project_permissions", "revoke"),
    "GET /projects/current": ("projects", "get_current"),
    "GET /projects/{project_id}/.well-known/jwks.json": ("projects", "get_jwks"),
    "GET /team-api-keys": ("team_api_keys", "list"),
    "POST /team-api-keys": ("team_api_keys", "create"),
    "POST /team-api-keys/check": ("team_api_keys", "check"),
    "GET /team-api-keys/{api_key_id}": ("team_api_keys", "get"),
    "PATCH /team-api-keys/{api_key_id}": ("team_api_keys", "update"),
    "GET /team-invitations": ("team_invitations", "list"),
    "POST /team-invitations/accept": ("team_invitations", "accept"),
    "POST /team-invitations/accept/check-code": ("team_invitations", "check_code"),
    "POST /team-invitations/accept/details": ("team_invitations", "get_details"),
    "POST /team-invitations/send-code": ("team_invitations", "send"),
    "DELETE /team-invitations/{id}": ("team_invitations", "revoke"),
    "POST /team-invitations/{id}/accept": ("team_invitations", "accept_by_id"),
    "GET /team-member-profiles": ("team_member_profiles", "list"),
    "GET /team-member-profiles/{team_id}/{user_id}": ("team_member_profiles", "get"),
    "PATCH /team-member-profiles/{team_id}/{user_id}": ("team_member_profiles", "update"),
    "POST /team-memberships/{team_id}/{user_id}": ("team_memberships", "add"),
    "DELETE /team-memberships/{team_id}/{user_id}": ("team_memberships", "remove"),
    "GET /team-permission-definitions": ("team_permission_definitions", "list"),
    "POST /team-permission-definitions": ("team_permission_definitions", "create"),
    "PATCH /team-permission-definitions/{permission_id}": ("team_permission_definitions", "update"),
    "DELETE /team-permission-definitions/{permission_id}": ("team_permission_definitions", "delete"),
    "GET /team-permissions": ("team_permissions", "list"),
    "POST /team-permissions/{team_id}/{user_id}/{permission_id}": ("team_permissions", "grant"),
    "DELETE /team-permissions/{team_id}/{user_id}/{permission_id}": ("team_permissions", "revoke"),
    "GET /teams": ("teams", "list"),
    "POST /teams": ("teams", "create"),
    "GET /teams/{team_id}": ("teams", "get"),
    "PATCH /teams/{team_id}": ("teams", "update"),
    "DELETE /teams/{team_id}": ("teams", "delete"),
    "GET /user-api-keys": ("user_api_keys", "list"),
    "POST /user-api-keys": ("user_api_keys", "create"),
    "POST /user-api-keys/check": ("user_api_keys", "check"),
    "GET /user-api-keys/{api_key_id}": ("user_api_keys", "get"),
    "PATCH /user-api-keys/{api_key_id}": ("user_api_keys", "update"),
    "GET /users": ("users", "list"),
    "POST /users": ("users", "create"),
    "GET /users/me": ("users", "me"),
    "PATCH /users/me": ("users", "update_me"),
    "DELETE /users/me": ("users", "delete_me"),
    "GET /users/{user_id}": ("users", "get"),
    "PATCH /users/{user_id}": ("users", "update"),
    "DELETE /users/{user_id}": ("users", "delete"),
}


# --------------------------------------------------------------------------------------------------
# 3. Shared shapes (§5.6). A response object becomes a $ref to the component whose rule it matches:
#    it has every key of `keys`, no key outside `keys | optional`, and the listed property types.
#    Matching is by structure, never by path; all matches merge (properties union, required
#    intersection). First matching rule wins, so narrower rules come first.
# --------------------------------------------------------------------------------------------------
class Shape(NamedTuple):
    name: str
    keys: frozenset[str]
    optional: frozenset[str] = frozenset()
    types: tuple[tuple[str, str], ...] = ()  # (property, JSON type) that must hold
    requests: bool = False  # also hoist matching request bodies


def shape(
    name: str,
    keys: str,
    optional: str = "",
    types: dict[str, str] | None = None,
    requests: bool = False,
) -> Shape:
    return Shape(
        name,
        frozenset(keys.split()),
        frozenset(optional.split()),
        tuple(sorted((types or {}).items())),
        requests,
    )


SHAPES: list[Shape] = [
    shape("Pagination", "next_cursor"),
    shape("Success", "success", types={"success": "boolean"}),
    shape("CodeValidity", "is_code_valid"),
    shape("ApiKeyValueTail", "last_four"),
    shape("AccessToken", "access_token"),
    shape("SessionTokens", "access_token refresh_token"),
    shape("AuthTokens", "access_token refresh_token user_id", optional="is_new_user"),
    shape(
        "Team",
        "id display_name profile_image_url client_metadata client_read_only_metadata",
        optional="server_metadata created_at_millis",
    ),
    shape(
        "User",
        "id primary_email primary_email_verified display_name selected_team selected_team_id profile_image_url"
        " signed_up_at_millis client_metadata client_read_only_metadata is_anonymous",
        optional="server_metadata last_active_at_millis primary_email_auth_enabled",
    ),
    shape("TeamMemberProfile", "team_id user_id display_name profile_image_url", optional="user"),
    shape("TeamMembership", "team_id user_id"),
    shape("TeamPermission", "id team_id user_id"),
    shape("ProjectPermission", "id user_id"),
    shape("PermissionDefinition", "id description contained_permission_ids"),
    shape("TeamInvitation", "id team_id expires_at_millis recipient_email"),
    shape(
        "UserApiKey",
        "id created_at_millis is_public type user_id value",
        optional="description expires_at_millis manually_revoked_at_millis",
        types={"value": "object"},
    ),
    shape(
        "UserApiKeyFirstView",
        "id created_at_millis is_public type user_id value",
        optional="description expires_at_millis manually_revoked_at_millis",
        types={"value": "string"},
    ),
    shape(
        "TeamApiKey",
        "id created_at_millis is_public type team_id value",
        optional="description expires_at_millis manually_revoked_at_millis",
        types={"value": "object"},
    ),
    shape(
        "TeamApiKeyFirstView",
        "id created_at_millis is_public type team_id value",
        optional="description expires_at_millis manually_revoked_at_millis",
        types={"value": "string"},
    ),
    shape("ContactChannel", "id user_id value type used_for_auth is_verified is_primary"),
    shape(
        "OAuthProvider",
        "id user_id email provider_config_id type allow_sign_in allow_connected_accounts",
        optional="account_id",
    ),
    shape("GeoInfo", "ip", optional="countryCode regionCode cityName latitude longitude tzIdentifier"),
    shape(
        "Session",
        "id user_id created_at is_impersonation",
        optional="last_used_at is_current_session last_used_at_end_user_ip_info",
    ),
    shape(
        "NotificationPreference", "notification_category_id notification_category_name enabled can_disable"
    ),
    shape("CliPollResult", "status", optional="refresh_token"),
    shape("EmailStats", "sent bounced marked_as_spam"),
    shape(
        "InlineProduct",
        "display_name customer_type",
        optional="free_trial server_only stackable prices included_items client_metadata"
        " client_read_only_metadata server_metadata",
        requests=True,
    ),
    shape("Project", "id display_name", optional="config"),
    # request bodies shared by several operations
    shape("CodeBody", "code", requests=True),
    shape("ApiKeyCheckBody", "api_key", requests=True),
    shape("ApiKeyUpdateBody", "description revoked", optional="expires_at_millis", requests=True),
]

# --------------------------------------------------------------------------------------------------
# 4. Fields the backend sends or accepts that the spec hides or predates (§5.2, §5.4). Added to the
#    named component (or inline body, keyed "METHOD /path") as optional, nullable properties.
# --------------------------------------------------------------------------------------------------
EXTRA_PROPERTIES: dict[str, dict[str, Schema]] = {
    "User": {
        # hidden with openapiField.hidden but returned (§5.4)
        "has_password": BOOL,
        "otp_auth_enabled": BOOL,
        "passkey_auth_enabled": BOOL,
        "oauth_providers": arr(obj(("id",), id=STR, account_id=STR, email=STR)),
        "auth_with_email": BOOL,
        "requires_totp_mfa": BOOL,
        # newer than stack-2026-04 (documented in backend HEAD)
        "is_restricted": BOOL,
        "restricted_reason": ref("RestrictedReason"),
        "restricted_by_admin": BOOL,
        "restricted_by_admin_reason": STR,
        "restricted_by_admin_private_details": STR,
        "country_code": STR,
        "risk_scores": ANY,
    },
    # The spec lists "description" as required without declaring it (api keys).
    "UserApiKey": {"description": STR},
    "UserApiKeyFirstView": {"description": STR},
    "TeamApiKey": {"description": STR},
    "TeamApiKeyFirstView": {"description": STR},
    # §1.4 ApiKey.update: the backend takes expires_at_millis (null = never); the spec lists description, revoked.
    "ApiKeyUpdateBody": {"expires_at_millis": INT},
    # §5.2: project config is hidden in the spec; wire name enabled_oauth_providers.
    "Project": {"config": ref("ProjectConfig")},
    "PATCH /users/me": {"otp_auth_enabled": BOOL, "passkey_auth_enabled": BOOL, "primary_email": STR},
    "PATCH /users/{user_id}": {
        "otp_auth_enabled": BOOL,
        "passkey_auth_enabled": BOOL,
        "restricted_by_admin": BOOL,
        "restricted_by_admin_reason": STR,
        "restricted_by_admin_private_details": STR,
    },
    "POST /users": {"otp_auth_enabled": BOOL, "passkey_auth_enabled": BOOL},
    "POST /auth/cli": {"anon_refresh_token": STR},
}

# Extra components that no upstream shape produces, and fallbacks for the shapes the added routes use
# (an older release may not contain them; when upstream has the shape, the upstream one wins).
EXTRA_COMPONENTS: dict[str, Schema] = {
    "AccessToken": obj(("access_token",), access_token=STR),
    "Success": obj(("success",), success=BOOL),
    "Pagination": obj((), next_cursor=STR),
    "InlineProduct": obj(("customer_type", "display_name"), display_name=STR, customer_type=STR),
    # Received, so an open string (see normalise.apply_enums); RestrictedReasonType lists the known values.
    "RestrictedReason": obj(("type",), type=STR),
    "ProjectConfig": obj(
        (),
        sign_up_enabled=BOOL,
        credential_enabled=BOOL,
        magic_link_enabled=BOOL,
        passkey_enabled=BOOL,
        client_team_creation_enabled=BOOL,
        client_user_deletion_enabled=BOOL,
        allow_user_api_keys=BOOL,
        allow_team_api_keys=BOOL,
        enabled_oauth_providers=arr(obj(("id",), id=STR)),
        domains=arr(obj(("domain",), domain=STR, handler_path=STR)),
    ),
    "Jwks": obj(("keys",), keys=arr(ref("Jwk"))),
    "Jwk": obj(("kid", "kty"), kty=STR, kid=STR, alg=STR, crv=STR, x=STR, y=STR, n=STR, e=STR),
    "PaymentMethod": obj(("id",), id=STR, brand=STR, last4=STR, exp_month=INT, exp_year=INT),
}

# --------------------------------------------------------------------------------------------------
# 5. Enums (§5.5 #4). ENUM_VALUES become string-enum components; each EnumUse points a property
#    (in any object that also has `with_keys`, or only inside `component`) or a parameter at one.
# --------------------------------------------------------------------------------------------------
ENUM_VALUES: dict[str, tuple[str, ...]] = {
    "ApiKeyType": ("team", "user"),
    "CliPollStatus": ("expired", "success", "used", "waiting"),
    "ContactChannelType": ("email",),
    "CustomerType": ("custom", "team", "user"),
    "MfaType": ("totp",),
    "RestrictedReasonType": ("anonymous", "email_not_verified", "restricted_by_administrator"),
    "UsersOrderBy": ("signed_up_at",),
}


class EnumUse(NamedTuple):
    enum: str
    prop: str
    with_keys: frozenset[str] = frozenset()
    component: str | None = None
    param: bool = False


ENUM_USES: list[EnumUse] = [
    EnumUse("ContactChannelType", "type", with_keys=frozenset({"used_for_auth"})),
    EnumUse("ApiKeyType", "type", with_keys=frozenset({"is_public", "created_at_millis"})),
    EnumUse("MfaType", "type", with_keys=frozenset({"totp"})),
    EnumUse("CustomerType", "customer_type"),
    EnumUse("CustomerType", "customer_type", param=True),
    EnumUse("UsersOrderBy", "order_by", param=True),
    # "status" is too common a name to match by structure: only inside CliPollResult.
    EnumUse("CliPollStatus", "status", component="CliPollResult"),
]

# §5.5 #5: "true"/"false" query strings are booleans (httpx writes Python bools as "true"/"false").
BOOLEAN_QUERY_PARAMS = frozenset(
    {"desc", "include_anonymous", "include_restricted", "only_anonymous", "recursive", "allow_negative"}
)
# §5.5 #5: integers the spec calls "number"; any name ending in _millis is an integer too.
INTEGER_NAMES = frozenset(
    {
        "limit",
        "quantity",
        "delta",
        "created_at",
        "last_used_at",
        "sent",
        "bounced",
        "marked_as_spam",
        "upvotes",
        "exp_month",
        "exp_year",
    }
)

# Required-and-nullable: the key is always there but may be null (§2.17).
NULLABLE_REQUIRED: dict[str, frozenset[str]] = {"Pagination": frozenset({"next_cursor"})}

# --------------------------------------------------------------------------------------------------
# 6. Parameter fixes (§5.2, §5.5 #11).
# --------------------------------------------------------------------------------------------------
_KEY_OWNER_USER = "The user owning the key, or `me` for the signed-in user."
ADDED_PARAMS: dict[str, list[Schema]] = {
    "GET /users": [
        query(
            "include_restricted", BOOL, "Include restricted users (unverified e-mail, restricted by admin)."
        ),
        query("only_anonymous", BOOL, "Only anonymous users; needs include_anonymous=true."),
    ],
    "GET /team-invitations": [
        query("user_id", STR, "List the invitations of a user (`me`) instead of a team.")
    ],
    # §1.4, §1.8: revoking needs the team of the invitation; the spec has no query at all.
    "DELETE /team-invitations/{id}": [query("team_id", STR, "The team of the invitation.", required=True)],
    # §1.4, §6: get/update of one key need its owner (the backend's query schema); the spec shows it on list only.
    "GET /user-api-keys/{api_key_id}": [query("user_id", STR, _KEY_OWNER_USER, required=True)],
    "PATCH /user-api-keys/{api_key_id}": [query("user_id", STR, _KEY_OWNER_USER, required=True)],
    "GET /team-api-keys/{api_key_id}": [query("team_id", STR, "The team owning the key.", required=True)],
    "PATCH /team-api-keys/{api_key_id}": [query("team_id", STR, "The team owning the key.", required=True)],
}
# Query params the backend treats as optional although the spec says required.
RELAXED_PARAMS: dict[str, frozenset[str]] = {
    "GET /team-invitations": frozenset({"team_id"}),
}
# (DELETE /auth/sessions/{id}?user_id stays required as upstream says: every recorded call sends it, §1.3, §1.7, §6.)

# --------------------------------------------------------------------------------------------------
# 7. Response status codes the backend really sends (recordings.jsonl, §5.5 #12). Keyed by op:
#    {documented code: real code}. /auth/cli/poll really answers 200 (waiting) and 201 (done).
# --------------------------------------------------------------------------------------------------
STATUS_FIXES: dict[str, dict[str, str]] = {}

# --------------------------------------------------------------------------------------------------
# 8. Request bodies the spec lacks (§5.2, §5.5 #9).
# --------------------------------------------------------------------------------------------------
SEND_EMAIL_BODY = obj(
    (),
    user_ids=arr(STR),
    all_users=BOOL,
    subject=STR,
    html=STR,
    template_id=STR,
    variables=ANY,
    draft_id=STR,
    notification_category_name=STR,
    theme_id=ANY,  # a theme id, null (default theme) or false (no theme)
    is_high_priority=BOOL,
    scheduled_at_millis=INT,
)
ADDED_BODIES: dict[str, Schema] = {
    "POST /emails/send-email": SEND_EMAIL_BODY,
    # §2.2, §1.2: sign-out sends an empty JSON object (the JS SDK does; recorded "signout:delete-current").
    "DELETE /auth/sessions/current": obj(()),
}

# --------------------------------------------------------------------------------------------------
# 9. Routes the backend has and the spec lacks (§5.2, §5.3, §1.2-1.8). Added only when absent upstream.
# --------------------------------------------------------------------------------------------------
CUSTOMER = [path("customer_type"), path("customer_id")]
PAGE = [query("cursor", STR), query("limit", INT)]
PAGED_ANY = obj(("items",), items=arr(ANY), is_paginated=BOOL, pagination=ref("Pagination"))

ADDED_OPERATIONS: dict[str, Schema] = {
    "GET /projects/{project_id}/.well-known/jwks.json": {
        "access": ["client", "server", "admin"],
        "summary": "JSON Web Key Set of a project (verify access tokens locally)",
        "parameters": [
            path("project_id"),
            query("include_anonymous", BOOL, "Also list the keys that sign anonymous users' tokens."),
            query("include_restricted", BOOL, "Also list the keys that sign restricted users' tokens."),
        ],
        "responses": {"200": ref("Jwks")},
    },
    "GET /connected-accounts/{user_id}": {
        "access": ["client", "server", "admin"],
        "summary": "List a user's connected OAuth accounts",
        "parameters": [path("user_id")],
        "responses": {"200": obj(("items",), items=arr(ANY), is_paginated=BOOL)},
    },
    "POST /connected-accounts/{user_id}/{provider_id}/access-token": {
        "access": ["client", "server", "admin"],
        "summary": "Get an OAuth access token of a connected account",
        "parameters": [path("user_id"), path("provider_id")],
        "body": obj((), scope=STR),
        "responses": {"200": ref("AccessToken")},
    },
    "POST /team-invitations/{id}/accept": {
        "access": ["client", "server", "admin"],
        "summary": "Accept a team invitation by id (user_id=me)",
        "parameters": [path("id"), query("user_id", STR)],
        "body": obj(()),
        "responses": {"200": ANY},
    },
    "POST /contact-channels/send-verification-code": {
        "access": ["client", "server", "admin"],
        "summary": "Send a verification code to the primary e-mail (deprecated upstream)",
        "body": obj(("callback_url", "email"), email=STR, callback_url=STR),
        "responses": {"200": ref("Success")},
    },
    "POST /emails/capacity-boost": {
        "access": ["server", "admin"],
        "summary": "Activate the e-mail capacity boost",
        "body": obj(()),
        "responses": {"200": ANY},
    },
    "GET /payments/products/{customer_type}/{customer_id}": {
        "access": ["client", "server", "admin"],
        "summary": "List a customer's products",
        "parameters": [*CUSTOMER, *PAGE],
        "responses": {"200": PAGED_ANY},
    },
    "POST /payments/products/{customer_type}/{customer_id}": {
        "access": ["server", "admin"],
        "summary": "Grant a product to a customer",
        "parameters": CUSTOMER,
        "body": obj((), product_id=STR, product_inline=ref("InlineProduct"), quantity=INT),
        "responses": {"200": ANY},
    },
    "DELETE /payments/products/{customer_type}/{customer_id}/{product_id}": {
        "access": ["client", "server", "admin"],
        "summary": "Cancel a customer's product (subscription)",
        "parameters": [*CUSTOMER, path("product_id"), query("subscription_id", STR)],
        "responses": {"200": ANY},
    },
    "POST /payments/products/{customer_type}/{customer_id}/switch": {
        "access": ["client", "server", "admin"],
        "summary": "Switch a customer's subscription to another product",
        "parameters": CUSTOMER,
        "body": obj(
            ("from_product_id", "to_product_id"),
            from_product_id=STR,
            to_product_id=STR,
            price_id=STR,
            quantity=INT,
        ),
        "responses": {"200": ANY},
    },
    "GET /payments/billing/{customer_type}/{customer_id}": {
        "access": ["client", "server", "admin"],
        "summary": "Billing status of a customer",
        "parameters": CUSTOMER,
        "responses": {
            "200": obj(("has_customer",), has_customer=BOOL, default_payment_method=ref("PaymentMethod"))
        },
    },
    "GET /payments/invoices/{customer_type}/{customer_id}": {
        "access": ["client", "server", "admin"],
        "summary": "List a customer's invoices",
        "parameters": [*CUSTOMER, *PAGE],
        "responses": {"200": PAGED_ANY},
    },
    "POST /payments/payment-method/{customer_type}/{customer_id}/setup-intent": {
        "access": ["client", "server", "admin"],
        "summary": "Create a Stripe setup intent for a payment method",
        "parameters": CUSTOMER,
        "body": obj(()),
        "responses": {
            "200": obj(("client_secret", "stripe_account_id"), client_secret=STR, stripe_account_id=STR)
        },
    },
    "POST /payments/payment-method/{customer_type}/{customer_id}/set-default": {
        "access": ["client", "server", "admin"],
        "summary": "Make a confirmed setup intent the default payment method",
        "parameters": CUSTOMER,
        "body": obj(("setup_intent_id",), setup_intent_id=STR),
        "responses": {"200": ANY},
    },
}
