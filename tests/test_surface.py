"""Every generated operation is reachable: through a namespace method, or by id with an explicit reason."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import respx
from stack_sdk_generated._operations import OPERATIONS

from stack_sdk import StackSDK

RESOURCES = Path(__file__).resolve().parents[1] / "stack_sdk" / "resources"

# Operations no namespace wraps yet; reachable with StackSDK.call_operation(op_id, ...).
NOT_WRAPPED = {
    "email_outbox_get": "admin/ops tooling over sent e-mails; response has no schema upstream",
    "email_outbox_list": "as above; items are untyped upstream",
    "email_outbox_update": "as above",
    "emails_render": "admin-only template preview (dashboard feature)",
    "internal_ai_chat_update": "admin-only dashboard internals",
    "internal_config_get": "admin-only project configuration (dashboard)",
    "internal_config_override_update": "admin-only; the backend's route differs from the spec (/override/{level})",
    "internal_feature_requests_create": "Stack's own product-feedback board, not auth",
    "internal_feature_requests_list": "as above",
    "internal_feature_requests_upvote": "as above",
    "payments_create_purchase_session": "the hosted checkout page's own call (browser side)",
    "payments_validate_purchase_code": "the hosted checkout page's own call (browser side)",
}


def _referenced() -> set[str]:
    text = "\n".join(p.read_text() for p in RESOURCES.rglob("*.py"))
    return set(re.findall(r'"([a-z0-9_]+)"', text)) & set(OPERATIONS)


def test_every_operation_is_wrapped_or_listed_with_a_reason() -> None:
    referenced = _referenced()
    unlisted = sorted(set(OPERATIONS) - referenced - set(NOT_WRAPPED))
    assert unlisted == [], f"operations neither wrapped by a namespace nor listed in NOT_WRAPPED: {unlisted}"


def test_not_wrapped_list_has_no_stale_entries() -> None:
    stale = sorted(k for k in NOT_WRAPPED if k not in OPERATIONS or k in _referenced())
    assert stale == []


@respx.mock
async def test_call_operation_reaches_an_unwrapped_operation() -> None:
    route = respx.get("https://api.example.test/api/v1/internal/config").respond(json={"config_string": "{}"})
    async with StackSDK("p", super_secret_admin_key="sak", access_type="admin", base_url="https://api.example.test",
                        environ={}) as admin:
        result = await admin.call_operation("internal_config_get")
    assert route.calls.last.request.headers["x-stack-access-type"] == "admin"
    assert result is not None


async def test_call_operation_still_guards_access() -> None:
    import pytest

    from stack_sdk.errors import AccessTypeError

    async with StackSDK("p", base_url="https://api.example.test", environ={},
                        http_client=httpx.AsyncClient()) as client:
        with pytest.raises(AccessTypeError):
            await client.call_operation("internal_config_get")
