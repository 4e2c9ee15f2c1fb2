"""Generated models parse what the real backend sends (nulls, any-JSON metadata, unknown and hidden fields)."""

from __future__ import annotations

import importlib
import re
from typing import Any

import httpx
import pytest
from stack_sdk_generated._operations import OPERATIONS
from stack_sdk_generated.models import Team, User
from stack_sdk_generated.types import UNSET


class _ParseClient:
    raise_on_unexpected_status = True


def base_user(**overrides: Any) -> dict[str, Any]:
    user = {
        "id": "3241a285-8329-4d69-8f3d-316e08cf140c",
        "primary_email": "ada@example.com",
        "primary_email_verified": True,
        "primary_email_auth_enabled": True,
        "display_name": "Ada",
        "selected_team": None,
        "selected_team_id": None,
        "profile_image_url": None,
        "signed_up_at_millis": 1760000000000,
        "client_metadata": None,
        "client_read_only_metadata": None,
        "server_metadata": None,
        "last_active_at_millis": 1760000000000,
        "is_anonymous": False,
    }
    return {**user, **overrides}


@pytest.mark.parametrize(
    "overrides",
    [
        {},  # selected_team null, every metadata null
        {"client_metadata": ["a", 1, None]},
        {
            "client_metadata": "just a string",
            "server_metadata": 42,
            "client_read_only_metadata": {"plan": "pro"},
        },
        {"display_name": None, "primary_email": None},
        {"unknown_future_field": {"nested": True}},
        {
            "has_password": True,
            "otp_auth_enabled": False,
            "passkey_auth_enabled": False,
            "requires_totp_mfa": False,
            "auth_with_email": True,
            "oauth_providers": [{"id": "github", "account_id": "123", "email": None}],
            "is_restricted": True,
            "restricted_reason": {"type": "email_not_verified"},
            "restricted_by_admin": False,
            "restricted_by_admin_reason": None,
            "restricted_by_admin_private_details": None,
            "country_code": "CH",
            "risk_scores": {"sign_up": {"bot": 0, "free_trial_abuse": 0}},
        },
        {
            "selected_team_id": "t1",
            "selected_team": {
                "id": "t1",
                "display_name": "Team",
                "profile_image_url": None,
                "client_metadata": None,
                "client_read_only_metadata": [1],
                "server_metadata": None,
                "created_at_millis": 1,
            },
        },
    ],
    ids=[
        "nulls",
        "metadata-list",
        "metadata-scalars",
        "null-strings",
        "unknown-field",
        "hidden-fields",
        "team",
    ],
)
def test_user_round_trips(overrides: dict[str, Any]) -> None:
    payload = base_user(**overrides)
    user = User.from_dict(payload)
    assert user.to_dict() == payload


def test_client_shaped_user_without_server_fields_parses() -> None:
    payload = base_user()
    for server_only in ("server_metadata", "last_active_at_millis", "primary_email_auth_enabled"):
        del payload[server_only]
    user = User.from_dict(payload)
    assert user.server_metadata is UNSET and user.last_active_at_millis is UNSET
    assert user.to_dict() == payload


def test_hidden_fields_are_typed_attributes() -> None:
    user = User.from_dict(base_user(has_password=True, restricted_reason={"type": "anonymous"}))
    assert user.has_password is True
    assert user.restricted_reason.type_ == "anonymous"  # type: ignore[union-attr]
    assert "has_password" not in user.additional_properties


def test_team_accepts_any_json_metadata() -> None:
    payload = {"id": "t", "display_name": "T", "client_metadata": "x", "client_read_only_metadata": None}
    assert Team.from_dict(payload).to_dict() == payload


def _route_table() -> list[tuple[int, str, re.Pattern[str], str]]:
    routes = []
    for op_id, op in OPERATIONS.items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$"
        routes.append((op.path.count("{"), op.method, re.compile(pattern), op_id))
    return sorted(routes, key=lambda r: (r[0], r[3]))  # literal segments (/users/me) win over params


def find_operation(method: str, path: str) -> str | None:
    for _n, op_method, pattern, op_id in _route_table():
        if op_method == method and pattern.match(path or "/"):
            return op_id
    return None


def successful_json_exchanges(recordings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        r
        for r in recordings
        if 200 <= r["status"] < 300
        and "x-stack-actual-status" not in r["response_headers"]
        and "json" in r["response_headers"].get("content-type", "")
    ]


# Recorded routes that are not REST operations of the pinned spec (token endpoint is hand-written;
# the admin config-override and internal project routes are absent from stack-2026-04's admin.json).
NOT_GENERATED = re.compile(
    r"^(/auth/oauth/token|/internal/config/override/project|/internal/projects/current)$"
)


def test_every_recorded_success_body_parses_with_its_generated_parser(
    recordings: list[dict[str, Any]],
) -> None:
    exchanges = successful_json_exchanges(recordings)
    parsed, failures, unmatched = 0, [], []
    for r in exchanges:
        op_id = find_operation(r["method"], r["path"])
        if op_id is None:
            if not NOT_GENERATED.match(r["path"]):
                unmatched.append(f"{r['method']} {r['path']}")
            continue
        module = importlib.import_module(OPERATIONS[op_id].module)
        response = httpx.Response(r["status"], json=r["response_body"])
        try:
            result = module._parse_response(client=_ParseClient(), response=response)
            if hasattr(result, "to_dict"):
                assert result.to_dict() == r["response_body"], op_id
        except Exception as exc:  # collect every failure, report them together
            failures.append(f"{r['name']} ({op_id}, {r['status']}): {type(exc).__name__}: {exc}")
        else:
            parsed += 1
    assert not failures, "\n".join(failures)
    assert not unmatched, f"recorded routes with no generated operation: {unmatched}"
    assert parsed >= 90  # 94 of the 221 exchanges are 2xx JSON of generated operations


def test_response_enums_stay_open_to_values_stack_adds_later() -> None:
    """Enum-like strings the SDK receives must not fail to parse when Stack adds a value."""
    from stack_sdk_generated.models.cli_poll_result import CliPollResult
    from stack_sdk_generated.models.contact_channel import ContactChannel
    from stack_sdk_generated.models.user_api_key import UserApiKey

    user = User.from_dict(base_user(restricted_reason={"type": "some_new_reason"}))
    assert user.restricted_reason.type_ == "some_new_reason"  # type: ignore[union-attr]
    channel = ContactChannel.from_dict(
        {"id": "c1", "user_id": "u1", "value": "+15550100", "type": "phone", "used_for_auth": False,
         "is_verified": False, "is_primary": False}
    )
    assert channel.type_ == "phone"
    assert CliPollResult.from_dict({"status": "pending"}).status == "pending"
    key = UserApiKey.from_dict({"id": "k1", "description": "d", "created_at_millis": 1, "is_public": False,
                                "type": "org", "user_id": "u1", "value": {"last_four": "abcd"}})
    assert key.type_ == "org"


def test_request_enums_stay_typed() -> None:
    """What the SDK sends keeps its Literal type (a typo is caught by mypy and by the check)."""
    import typing

    from stack_sdk_generated.models.customer_type import CustomerType
    from stack_sdk_generated.models.users_order_by import UsersOrderBy

    assert typing.get_args(CustomerType) == ("custom", "team", "user")
    assert typing.get_args(UsersOrderBy) == ("signed_up_at",)


def test_generated_models_never_show_credentials_in_repr() -> None:
    """The model template hides secret fields from repr (openapi/templates/model.py.jinja)."""
    from stack_sdk_generated.models.session_tokens import SessionTokens
    from stack_sdk_generated.models.user_api_key_first_view import UserApiKeyFirstView
    from stack_sdk_generated.models.users_create_body import UsersCreateBody

    tokens = SessionTokens.from_dict({"access_token": "eyJ-SECRET-AT", "refresh_token": "SECRET-RT"})
    key = UserApiKeyFirstView.from_dict({"id": "k1", "description": "d", "created_at_millis": 1,
                                         "is_public": False, "type": "user", "user_id": "u1",
                                         "value": "stack_sk_SECRET_KEY"})
    body = UsersCreateBody.from_dict({"primary_email": "a@example.com", "password": "SECRET-PW"})
    text = repr(tokens) + repr(key) + repr(body)
    for secret in ("eyJ-SECRET-AT", "SECRET-RT", "stack_sk_SECRET_KEY", "SECRET-PW"):
        assert secret not in text
    assert tokens.access_token == "eyJ-SECRET-AT" and key.value == "stack_sk_SECRET_KEY"  # still there
    assert "a@example.com" in repr(body)  # only credentials are hidden


def test_every_credential_field_of_every_model_is_hidden() -> None:
    import attrs
    import stack_sdk_generated.models as models

    secret_names = {"access_token", "refresh_token", "anon_refresh_token", "password", "password_hash",
                    "old_password", "new_password", "totp_secret_base64", "client_secret", "api_key",
                    "polling_code", "encrypted_value", "hashed_key"}
    checked = 0
    for name in dir(models):
        cls = getattr(models, name, None)
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        for field in attrs.fields(cls):
            if field.name in secret_names or (field.name == "value" and name.endswith("FirstView")):
                checked += 1
                assert field.repr is False, f"{name}.{field.name} would show in repr"
    assert checked >= 20
