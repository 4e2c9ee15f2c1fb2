"""Unit tests of openapi/normalise.py on a small hand-written spec (tests/pipeline/fixtures/mini)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from openapi import normalise as nm

from .conftest import FIXTURES

REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def mini() -> dict[str, dict[str, Any]]:
    folder = FIXTURES / "mini"
    return {name: json.loads((folder / f"{name}.json").read_text()) for name in ("client", "server", "admin")}


@pytest.fixture(scope="module")
def result(mini: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    return nm.normalise(copy.deepcopy(mini))


@pytest.fixture(scope="module")
def spec(result: tuple[dict[str, Any], list[str]]) -> dict[str, Any]:
    return result[0]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def response(spec: dict[str, Any], path: str, method: str = "get", code: str = "200") -> dict[str, Any]:
    return spec["paths"][path][method]["responses"][code]["content"]["application/json"]["schema"]


def test_access_lists_name_every_file_holding_the_operation(spec: dict[str, Any]) -> None:
    assert spec["paths"]["/users/me"]["get"]["x-stack-access"] == ["client", "server", "admin"]
    assert spec["paths"]["/users"]["get"]["x-stack-access"] == ["server", "admin"]
    assert spec["paths"]["/internal/widgets"]["get"]["x-stack-access"] == ["admin"]


def test_merge_unites_properties_and_intersects_required() -> None:
    client = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    server = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "server_metadata": {"type": "object"}},
        "required": ["id", "server_metadata"],
    }
    merged = nm.merge_schemas(client, server)
    assert set(merged["properties"]) == {"id", "server_metadata"}
    assert merged["required"] == ["id"]


def test_parameters_only_some_views_have_are_optional() -> None:
    def op(*params: tuple[str, bool]) -> dict[str, Any]:
        return {"parameters": [{"name": n, "in": "query", "required": r, "schema": {}} for n, r in params]}

    merged = nm.merge_operations(op(("a", True), ("both", True)), op(("both", True), ("b", True)))
    assert {p["name"]: p["required"] for p in merged["parameters"]} == {"a": False, "both": True, "b": False}


def test_client_and_server_users_become_one_component_with_server_fields_optional(
    spec: dict[str, Any],
) -> None:
    user = schemas(spec)["User"]
    assert response(spec, "/users/me") == {"$ref": REF + "User"}
    assert response(spec, "/users")["properties"]["items"]["items"] == {"$ref": REF + "User"}
    assert "server_metadata" in user["properties"] and "last_active_at_millis" in user["properties"]
    # the client view lacks last_active_at_millis, so a client response must still parse
    assert "last_active_at_millis" not in user["required"]
    assert {"id", "is_anonymous"} <= set(user["required"])


def test_nested_shapes_are_hoisted_by_structure_not_path(spec: dict[str, Any]) -> None:
    team_ref = {"$ref": REF + "Team"}
    assert schemas(spec)["User"]["properties"]["selected_team"] == {"anyOf": [team_ref, {"type": "null"}]}
    assert response(spec, "/teams")["properties"]["items"]["items"] == team_ref
    assert "server_metadata" in schemas(spec)["Team"]["properties"]
    perm = response(spec, "/project-permissions")["properties"]["items"]["items"]
    assert perm == {"$ref": REF + "ProjectPermission"}


def test_optional_properties_accept_null_and_metadata_is_any_json(spec: dict[str, Any]) -> None:
    props = schemas(spec)["User"]["properties"]
    assert props["display_name"] == {"type": ["string", "null"]}
    assert props["client_metadata"] == {}
    assert props["server_metadata"] == {}
    assert props["id"] == {"type": "string"}  # required: not nullable
    assert schemas(spec)["Pagination"]["properties"]["next_cursor"]["type"] == ["string", "null"]


def test_hidden_user_fields_are_added_as_optional(spec: dict[str, Any]) -> None:
    props = schemas(spec)["User"]["properties"]
    for name in (
        "has_password",
        "otp_auth_enabled",
        "passkey_auth_enabled",
        "requires_totp_mfa",
        "is_restricted",
    ):
        assert props[name] == {"type": ["boolean", "null"]}, name
    assert props["restricted_reason"] == {"anyOf": [{"$ref": REF + "RestrictedReason"}, {"type": "null"}]}
    assert "has_password" not in schemas(spec)["User"]["required"]


def test_path_params_required_query_copies_and_auth_headers_dropped(spec: dict[str, Any]) -> None:
    params = spec["paths"]["/contact-channels/{user_id}/{contact_channel_id}"]["get"]["parameters"]
    assert [(p["in"], p["name"], p["required"]) for p in params] == [
        ("path", "user_id", True),
        ("path", "contact_channel_id", True),
    ]
    add = spec["paths"]["/team-memberships/{team_id}/{user_id}"]["post"]["parameters"]
    assert all(p["required"] for p in add)


def test_foreign_extensions_are_stripped_and_ours_kept(spec: dict[str, Any]) -> None:
    text = json.dumps(spec)
    assert "x-upstream-note" not in text
    assert "x-stack-access" in text


def test_integers_and_boolean_query_params(spec: dict[str, Any]) -> None:
    users = {p["name"]: p["schema"] for p in spec["paths"]["/users"]["get"]["parameters"]}
    assert users["limit"]["type"] == "integer"
    assert users["desc"]["type"] == "boolean"
    assert users["include_restricted"]["type"] == "boolean"  # added by the overlay
    perms = {p["name"]: p["schema"] for p in spec["paths"]["/project-permissions"]["get"]["parameters"]}
    assert perms["recursive"]["type"] == "boolean"
    assert schemas(spec)["User"]["properties"]["signed_up_at_millis"] == {"type": "integer"}


def test_excluded_operations_are_recorded_with_a_reason(spec: dict[str, Any]) -> None:
    assert "/auth/oauth/token" not in spec["paths"]
    assert "form-encoded" in spec["x-stack-excluded"]["POST /auth/oauth/token"]


def test_operation_ids_and_tags(spec: dict[str, Any], result: tuple[dict[str, Any], list[str]]) -> None:
    me = spec["paths"]["/users/me"]["get"]
    assert (me["operationId"], me["tags"]) == ("users_me", ["users"])
    add = spec["paths"]["/team-memberships/{team_id}/{user_id}"]["post"]
    assert (add["operationId"], add["tags"]) == ("team_memberships_add", ["team_memberships"])
    widgets = spec["paths"]["/internal/widgets"]["get"]
    assert widgets["operationId"] == "internal_list_widgets"
    assert any("GET /internal/widgets" in note for note in result[1])


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/widgets", ("widgets", "list")),
        ("GET", "/widgets/{id}", ("widgets", "get")),
        ("POST", "/widgets", ("widgets", "create")),
        ("PATCH", "/widgets/{id}", ("widgets", "update")),
        ("DELETE", "/widgets/{id}", ("widgets", "delete")),
        ("POST", "/widgets/{id}/polish", ("widgets", "polish")),
        ("POST", "/auth/magic/sign-in", ("auth_magic", "sign_in")),
        ("GET", "/team-things/{id}/sub-items", ("team_things", "list_sub_items")),
    ],
)
def test_default_naming_rule(method: str, path: str, expected: tuple[str, str]) -> None:
    assert nm.default_name(method, path) == expected


def test_missing_routes_are_added_with_their_access(spec: dict[str, Any]) -> None:
    jwks = spec["paths"]["/projects/{project_id}/.well-known/jwks.json"]["get"]
    assert jwks["operationId"] == "projects_get_jwks"
    assert {p["name"] for p in jwks["parameters"]} == {
        "project_id",
        "include_anonymous",
        "include_restricted",
    }
    assert spec["paths"]["/payments/products/{customer_type}/{customer_id}"]["post"]["x-stack-access"] == [
        "server",
        "admin",
    ]


def test_enums_on_parameters_and_by_structure(spec: dict[str, Any]) -> None:
    assert schemas(spec)["CustomerType"] == {"enum": ["custom", "team", "user"], "type": "string"}
    billing = spec["paths"]["/payments/billing/{customer_type}/{customer_id}"]["get"]["parameters"]
    assert billing[0]["schema"] == {"$ref": REF + "CustomerType"}


def test_dangling_refs_fail_loudly(monkeypatch: pytest.MonkeyPatch, mini: dict[str, dict[str, Any]]) -> None:
    monkeypatch.setattr(nm.ov, "EXTRA_COMPONENTS", {})
    with pytest.raises(nm.NormaliseError, match="undefined components: .*(Jwks|ProjectConfig)"):
        nm.normalise(copy.deepcopy(mini))


def test_output_is_deterministic(mini: dict[str, dict[str, Any]]) -> None:
    a = json.dumps(nm.normalise(copy.deepcopy(mini))[0])
    b = json.dumps(nm.normalise(copy.deepcopy(mini))[0])
    assert a == b
