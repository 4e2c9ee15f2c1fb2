"""Errors the fake server answers with: Stack "known errors" (JSON + header) and plain-text status errors.

Messages, statuses and ``details`` keys are copied from the real backend (recordings and
``packages/stack-shared/src/known-errors.tsx``), so a client sees byte-identical codes and shapes.
"""

from __future__ import annotations

from typing import Any

_AUTH_DOCS = (
    "\n\nFor more information, see the docs on REST API authentication: "
    "https://docs.stack-auth.com/rest-api/overview#authentication"
)

# code -> (HTTP status, message template formatted with the error's details / extra format args)
_TABLE: dict[str, tuple[int, str]] = {
    "ACCESS_TYPE_REQUIRED": (
        400,
        "You must specify an access level for this Stack project. Make sure project API keys are provided "
        "(eg. x-stack-publishable-client-key) and you set the x-stack-access-type header to 'client', "
        "'server', or 'admin'." + _AUTH_DOCS,
    ),
    "PROJECT_KEY_WITHOUT_ACCESS_TYPE": (
        400,
        "Either an API key or an admin access token was provided, but the x-stack-access-type header is "
        "missing. Set it to 'client', 'server', or 'admin' as appropriate.",
    ),
    "INVALID_ACCESS_TYPE": (
        400,
        "The x-stack-access-type header must be 'client', 'server', or 'admin', but was '{access_type}'.",
    ),
    "ACCESS_TYPE_WITHOUT_PROJECT_ID": (
        400,
        "The x-stack-access-type header was '{request_type}', but the x-stack-project-id header was not "
        "provided." + _AUTH_DOCS,
    ),
    "CURRENT_PROJECT_NOT_FOUND": (
        400,
        "The current project with ID {project_id} was not found. Please check the value of the "
        "x-stack-project-id header.",
    ),
    "PROJECT_NOT_FOUND": (
        404,
        'Project "{project_id}" not found or is not accessible with the current user.',
    ),
    "BRANCH_DOES_NOT_EXIST": (400, "The branch with ID {branch_id} does not exist."),
    "INSUFFICIENT_ACCESS_TYPE": (
        401,
        "The x-stack-access-type header must be {allowed}, but was '{actual}'.",
    ),
    "INVALID_PUBLISHABLE_CLIENT_KEY": (
        401,
        'The publishable key is not valid for the project "{project_id}". Does the project and/or the key exist?',
    ),
    "INVALID_SECRET_SERVER_KEY": (
        401,
        'The secret server key is not valid for the project "{project_id}". Does the project and/or the key '
        "exist?",
    ),
    "INVALID_SUPER_SECRET_ADMIN_KEY": (
        401,
        'The super secret admin key is not valid for the project "{project_id}". Does the project and/or the '
        "key exist?",
    ),
    "PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT": (
        401,
        "Publishable client keys are required for this project. Create one in Project Keys, or disable this "
        "requirement there to allow keyless client access.",
    ),
    "SERVER_AUTHENTICATION_REQUIRED": (401, "The secret server key must be provided."),
    "ADMIN_AUTHENTICATION_REQUIRED": (401, "The super secret admin key must be provided."),
    "UNPARSABLE_ACCESS_TOKEN": (401, "Access token is not parsable."),
    "ACCESS_TOKEN_EXPIRED": (
        401,
        "Access token has expired. Please refresh it and try again. (The access token expired at {expired_iso}.) "
        "Project ID: {project_id}. User ID: {user_id}. Refresh token ID: {refresh_token_id}.\n\nDebug info: Most "
        "likely, you fetched the access token before it expired (for example, in a server component, pre-rendered "
        "page, or on page load), but then didn't refresh it before it expired. If this is the case, and you're "
        "using the SDK, make sure you call getAccessToken() every time you need to use the access token. If "
        "you're not using the SDK, make sure you refresh the access token with the refresh endpoint.",
    ),
    "INVALID_PROJECT_FOR_ACCESS_TOKEN": (
        401,
        'Access token not valid for this project. Expected project ID "{expected_project_id}", but the token is '
        'for project ID "{actual_project_id}".',
    ),
    "ANONYMOUS_AUTHENTICATION_NOT_ALLOWED": (
        401,
        "X-Stack-Access-Token is for an anonymous user, but anonymous users are not enabled. Set the "
        "X-Stack-Allow-Anonymous-User header of this request to 'true' to allow anonymous users.",
    ),
    "RESTRICTED_USER_NOT_ALLOWED": (
        403,
        "The user in the access token is in restricted state. Reason: {reason_type}. Please pass the "
        "X-Stack-Allow-Restricted-User header if this is intended.",
    ),
    "CANNOT_GET_OWN_USER_WITHOUT_USER": (
        400,
        "You have specified 'me' as a userId, but did not provide authentication for a user.",
    ),
    "USER_AUTHENTICATION_REQUIRED": (401, "User authentication required for this endpoint."),
    "USER_NOT_FOUND": (404, "User not found."),
    "USER_ID_DOES_NOT_EXIST": (400, "The given user with the ID {user_id} does not exist."),
    "SCHEMA_ERROR": (400, "{message}"),
    "BODY_PARSING_ERROR": (400, "{message}"),
    "EMAIL_PASSWORD_MISMATCH": (400, "Wrong e-mail or password."),
    "USER_EMAIL_ALREADY_EXISTS": (409, 'A user with email "{email}" already exists.'),
    "PASSWORD_TOO_SHORT": (400, "Password too short. Minimum length is {min_length}."),
    "PASSWORD_CONFIRMATION_MISMATCH": (400, "Passwords do not match."),
    "USER_DOES_NOT_HAVE_PASSWORD": (400, "This user does not have password authentication enabled."),
    "PASSWORD_AUTHENTICATION_NOT_ENABLED": (400, "Password authentication is not enabled for this project."),
    "SIGN_UP_NOT_ENABLED": (
        400,
        "Creation of new accounts is not enabled for this project. Please ask the project owner to enable it.",
    ),
    "ANONYMOUS_ACCOUNTS_NOT_ENABLED": (400, "Anonymous accounts are not enabled for this project."),
    "REDIRECT_URL_NOT_WHITELISTED": (
        400,
        "Redirect URL not whitelisted. Did you forget to add this domain to the trusted domains list on the "
        "Stack Auth dashboard?",
    ),
    "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED": (
        401,
        "Refresh token not found for this project, or the session has expired/been revoked.",
    ),
    "CANNOT_DELETE_CURRENT_SESSION": (400, "Cannot delete the current session."),
    "INVALID_OAUTH_CLIENT_ID_OR_SECRET": (
        400,
        "The OAuth client ID or secret is invalid. The client ID must be equal to the project ID (potentially "
        "with a hash and a branch ID), and the client secret must be a publishable client key.",
    ),
    "INVALID_AUTHORIZATION_CODE": (400, "The given authorization code is invalid."),
    "OAUTH_PROVIDER_NOT_FOUND_OR_NOT_ENABLED": (400, "The OAuth provider is not found or not enabled."),
    "OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN": (
        400,
        "A provider with the same account ID is already used for signing in.",
    ),
    "MULTI_FACTOR_AUTHENTICATION_REQUIRED": (400, "Multi-factor authentication is required for this user."),
    "INVALID_TOTP_CODE": (400, "The TOTP code is invalid. Please try again."),
    "VERIFICATION_CODE_NOT_FOUND": (404, "The verification code does not exist for this project."),
    "VERIFICATION_CODE_EXPIRED": (400, "The verification code has expired."),
    "VERIFICATION_CODE_ALREADY_USED": (409, "The verification link has already been used."),
    "VERIFICATION_CODE_MAX_ATTEMPTS_REACHED": (
        400,
        "The verification code nonce has reached the maximum number of attempts. This code is not valid anymore.",
    ),
    "EMAIL_ALREADY_VERIFIED": (409, "The e-mail is already verified."),
    "EMAIL_IS_NOT_PRIMARY_EMAIL": (
        400,
        "The given e-mail ({email}) must equal the user's primary e-mail ({primary_email}).",
    ),
    "CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE": (
        409,
        "This {type} ({contact_channel_value}) is already used for authentication by another account.",
    ),
    "TEAM_NOT_FOUND": (404, "Team {team_id} not found."),
    "TEAM_MEMBERSHIP_NOT_FOUND": (404, "User {user_id} is not found in team {team_id}."),
    "TEAM_MEMBERSHIP_ALREADY_EXISTS": (409, "Team membership already exists."),
    "TEAM_PERMISSION_REQUIRED": (
        401,
        "User {user_id} does not have permission {permission_id} in team {team_id}.",
    ),
    "TEAM_INVITATION_RESTRICTED_USER_NOT_ALLOWED": (
        403,
        "Restricted users cannot accept team invitations. Reason: {reason_type}. Please complete the onboarding "
        "process before accepting team invitations.",
    ),
    "PERMISSION_NOT_FOUND": (
        404,
        'Permission "{permission_id}" not found. Make sure you created it on the dashboard.',
    ),
    "API_KEY_NOT_FOUND": (404, "API key not found."),
    "API_KEY_REVOKED": (401, "API key has been revoked."),
    "API_KEY_EXPIRED": (401, "API key has expired."),
    "WRONG_API_KEY_TYPE": (
        400,
        "This endpoint is for {expected_type} API keys, but a {actual_type} API key was provided.",
    ),
    "INVALID_POLLING_CODE": (400, "The polling code is invalid or does not exist."),
    "DATA_VAULT_STORE_DOES_NOT_EXIST": (400, "Data vault store with ID {store_id} does not exist."),
    "DATA_VAULT_STORE_HASHED_KEY_DOES_NOT_EXIST": (
        400,
        "Data vault store with ID {store_id} does not contain a key with hash {hashed_key}.",
    ),
    "REQUIRES_CUSTOM_EMAIL_SERVER": (
        400,
        "This action requires a custom SMTP server. Please edit your email server configuration and try again.",
    ),
    "ITEM_NOT_FOUND": (404, 'Item with ID "{item_id}" not found.'),
    "ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH": (
        400,
        'The item with ID "{item_id}" is not configured for customer type "{actual_customer_type}" '
        '(configured for "{item_customer_type}").',
    ),
    "ITEM_QUANTITY_INSUFFICIENT_AMOUNT": (
        400,
        'The item with ID "{item_id}" has an insufficient quantity for the customer with ID "{customer_id}". '
        "An attempt was made to charge {quantity} credits.",
    ),
    "CUSTOMER_DOES_NOT_EXIST": (400, 'Customer with ID "{customer_id}" does not exist.'),
}


class KnownError(Exception):
    """A Stack known error: sent as JSON ``{code, error, details?}`` with the ``x-stack-known-error`` header."""

    def __init__(self, code: str, status: int, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.status = status
        self.message = message
        self.details = details

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "error": self.message}
        if self.details is not None:
            out["details"] = self.details
        return out


class StatusError(Exception):
    """A plain-text error (the backend's ``StatusError``): no code, body is the message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def known(code: str, details: dict[str, Any] | None = None, **fmt: Any) -> KnownError:
    """Build the known error ``code`` with the real backend's status and message.

    ``details`` go on the wire; ``fmt`` only fills the message (some codes name things in the
    message that they do not put in ``details``).
    """
    status, template = _TABLE[code]
    message = template.format(**{**(details or {}), **fmt})
    return KnownError(code, status, message, details)


def schema_error(method: str, path: str, *problems: str) -> KnownError:
    """SCHEMA_ERROR exactly as yup reports it: ``Request validation failed on GET /api/v1/x:\\n  - ...``."""
    message = f"Request validation failed on {method} {path}:" + "".join(f"\n  - {p}" for p in problems)
    return KnownError("SCHEMA_ERROR", 400, message, {"message": message})


def not_found_text(url: str) -> StatusError:
    """The backend's 404 for unknown routes (plain text, names the URL)."""
    return StatusError(
        404,
        "404 \u2014 this page does not exist in Stack Auth's API.\n\nPlease see the API documentation at "
        "https://docs.stack-auth.com, or visit the Stack Auth dashboard at https://app.stack-auth.com.\n\n"
        f"URL: {url}",
    )
