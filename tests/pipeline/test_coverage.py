"""Every upstream operation is generated (or deliberately excluded), with the right access types."""

from __future__ import annotations

import importlib
from typing import Any

from stack_sdk_generated._operations import EXCLUDED, OPERATIONS, Operation

METHODS = ("get", "put", "post", "delete", "patch")


def upstream_operations(specs: dict[str, dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    ops: dict[tuple[str, str], list[str]] = {}
    for access in ("client", "server", "admin"):
        for path, item in specs[access]["paths"].items():
            for method in METHODS:
                if method in item:
                    ops.setdefault((method.upper(), path or "/"), []).append(access)
    return ops


def test_every_upstream_operation_is_generated_or_excluded(upstream_specs: dict[str, dict[str, Any]]) -> None:
    by_route = {(op.method, op.path): (op_id, op) for op_id, op in OPERATIONS.items()}
    dropped = []
    for (method, path), access in sorted(upstream_operations(upstream_specs).items()):
        if f"{method} {path}" in EXCLUDED:
            continue
        if (method, path) not in by_route:
            dropped.append(f"{method} {path}")
            continue
        op_id, op = by_route[(method, path)]
        assert op.access == tuple(access), f"{op_id}: access {op.access} but upstream files {access}"
        module = importlib.import_module(op.module)
        assert callable(getattr(module, "_get_kwargs", None)), op.module
        assert callable(getattr(module, "_parse_response", None)), op.module
    assert not dropped, f"upstream operations neither generated nor in EXCLUDED: {dropped}"


def test_exclusions_are_the_hand_written_ones_with_reasons() -> None:
    assert set(EXCLUDED) >= {"POST /auth/oauth/token", "GET /auth/oauth/authorize/{provider_id}"}
    assert all(len(reason) > 20 for reason in EXCLUDED.values())
    assert not {f"{op.method} {op.path}" for op in OPERATIONS.values()} & set(EXCLUDED)


def test_operation_ids_follow_the_naming_rule() -> None:
    for op_id, op in OPERATIONS.items():
        package, api, tag, module = op.module.split(".")
        assert (package, api, module) == ("stack_sdk_generated", "api", op_id), op
        assert op_id.startswith(tag + "_") and op_id == op_id.lower(), op_id
        assert isinstance(op, Operation) and op.method in {"GET", "POST", "PATCH", "PUT", "DELETE"}


def test_routes_the_spec_lacks_are_generated() -> None:
    wanted = {
        "projects_get_jwks": ("GET", "/projects/{project_id}/.well-known/jwks.json"),
        "connected_accounts_list": ("GET", "/connected-accounts/{user_id}"),
        "connected_accounts_get_access_token": (
            "POST",
            "/connected-accounts/{user_id}/{provider_id}/access-token",
        ),
        "team_invitations_accept_by_id": ("POST", "/team-invitations/{id}/accept"),
        "contact_channels_send_primary_verification_code": (
            "POST",
            "/contact-channels/send-verification-code",
        ),
        "emails_activate_capacity_boost": ("POST", "/emails/capacity-boost"),
        "payments_list_products": ("GET", "/payments/products/{customer_type}/{customer_id}"),
        "payments_grant_product": ("POST", "/payments/products/{customer_type}/{customer_id}"),
        "payments_cancel_product": (
            "DELETE",
            "/payments/products/{customer_type}/{customer_id}/{product_id}",
        ),
        "payments_switch_subscription": ("POST", "/payments/products/{customer_type}/{customer_id}/switch"),
        "payments_get_billing": ("GET", "/payments/billing/{customer_type}/{customer_id}"),
        "payments_list_invoices": ("GET", "/payments/invoices/{customer_type}/{customer_id}"),
        "payments_create_setup_intent": (
            "POST",
            "/payments/payment-method/{customer_type}/{customer_id}/setup-intent",
        ),
        "payments_set_default_payment_method": (
            "POST",
            "/payments/payment-method/{customer_type}/{customer_id}/set-default",
        ),
    }
    for op_id, route in wanted.items():
        assert (OPERATIONS[op_id].method, OPERATIONS[op_id].path) == route


def test_generated_signatures_fix_the_spec_traps() -> None:
    def kwargs(op_id: str, **params: Any) -> dict[str, Any]:
        return importlib.import_module(OPERATIONS[op_id].module)._get_kwargs(**params)

    # path params only once, no *_path/*_query pairs (§5.5 #10)
    got = kwargs("contact_channels_get", user_id="me", contact_channel_id="c1")
    assert got["url"] == "/contact-channels/me/c1" and "params" not in got
    # formerly dropped endpoints (required: false path params) exist and quote path segments
    assert kwargs("team_permissions_grant", team_id="t", user_id="u", permission_id="$read", body={})[
        "url"
    ] == ("/team-permissions/t/u/%24read")
    # booleans go to httpx as bools (sent as "true"/"false"), limit is an int
    params = kwargs("users_list", limit=2, desc=True, include_restricted=False)["params"]
    assert params == {"limit": 2, "desc": True, "include_restricted": False}
    # no x-stack-* header parameters anywhere: the facade is the only writer of auth headers
    assert "headers" not in kwargs("auth_sessions_refresh_current")
    # team invitations can be listed by user_id=me (team_id no longer required)
    assert kwargs("team_invitations_list", user_id="me")["params"] == {"user_id": "me"}


def test_body_models_send_null_to_clear_and_omit_unset_fields() -> None:
    from stack_sdk_generated.models import UsersUpdateBody

    module = importlib.import_module(OPERATIONS["users_update"].module)
    got = module._get_kwargs("me", body=UsersUpdateBody(display_name=None, client_metadata=["any", "json"]))
    assert got["method"].upper() == "PATCH" and got["url"] == "/users/me"
    assert got["json"] == {"display_name": None, "client_metadata": ["any", "json"]}
