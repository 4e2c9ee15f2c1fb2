"""Overlay fixes that let every resource method be one ``APIClient.call``: the generated requests carry
what the real backend needs (owner query params, sign-out's ``{}`` body, API key expiry)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from stack_sdk_generated.models.api_key_update_body import ApiKeyUpdateBody


def _kwargs(module: str, **params: Any) -> dict[str, Any]:
    return importlib.import_module(f"stack_sdk_generated.api.{module}")._get_kwargs(**params)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("module", "params", "query"),
    [
        ("team_invitations.team_invitations_revoke", {"id": "i1", "team_id": "t1"}, {"team_id": "t1"}),
        ("user_api_keys.user_api_keys_get", {"api_key_id": "k1", "user_id": "me"}, {"user_id": "me"}),
        ("team_api_keys.team_api_keys_get", {"api_key_id": "k1", "team_id": "t1"}, {"team_id": "t1"}),
        ("auth_sessions.auth_sessions_delete", {"id": "s1", "user_id": "me"}, {"user_id": "me"}),
    ],
)
def test_owner_query_param_is_sent_and_required(
    module: str, params: dict[str, Any], query: dict[str, str]
) -> None:
    assert _kwargs(module, **params)["params"] == query
    owner = next(iter(query))
    with pytest.raises(TypeError, match=owner):
        _kwargs(module, **{k: v for k, v in params.items() if k != owner})


@pytest.mark.parametrize(
    ("module", "owner"),
    [("user_api_keys.user_api_keys_update", "user_id"), ("team_api_keys.team_api_keys_update", "team_id")],
)
def test_api_key_update_sends_owner_and_nullable_expiry(module: str, owner: str) -> None:
    body = ApiKeyUpdateBody.from_dict({"expires_at_millis": None})
    kw = _kwargs(module, api_key_id="k1", body=body, **{owner: "x"})
    assert kw["params"] == {owner: "x"}
    assert kw["json"] == {"expires_at_millis": None}
    assert ApiKeyUpdateBody.from_dict({"expires_at_millis": 5}).to_dict() == {"expires_at_millis": 5}


def test_sign_out_sends_an_empty_json_object() -> None:
    kw = _kwargs("auth_sessions.auth_sessions_delete_current", body={})
    assert (kw["method"], kw["url"], kw["json"]) == ("delete", "/auth/sessions/current", {})
    assert kw["headers"]["Content-Type"] == "application/json"
