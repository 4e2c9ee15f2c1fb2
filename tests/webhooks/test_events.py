"""Typed events: generated from the pinned webhooks spec (kept fresh), decoded with precise errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from stack_sdk.webhooks import (
    EVENT_CLASSES,
    ReplayCache,
    TeamData,
    UnknownEvent,
    UserCreatedEvent,
    UserData,
    UserDeletedEvent,
    WebhookPayloadError,
    WebhookReplayError,
    event_from_json,
    parse,
    sign,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi/upstream/stack-2026-04/webhooks.json").read_text())["webhooks"]
SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="
NOW = 1_764_900_000


def example(schema: dict[str, Any]) -> Any:
    """A value for ``schema`` built from the spec's own examples (required and optional fields)."""
    if schema.get("type") == "object" and "properties" in schema:
        return {k: example(v) for k, v in schema["properties"].items()}
    if schema.get("type") == "array":
        return [example(schema["items"])]
    if "example" in schema:
        return schema["example"]
    return {"string": "x", "boolean": True, "number": 1, "object": {}}[schema["type"]]


def body_for(event_type: str) -> dict[str, Any]:
    schema = SPEC[event_type]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return {"type": event_type, "data": example(schema["properties"]["data"])}


def test_generated_module_is_up_to_date() -> None:
    run = subprocess.run(
        [sys.executable, "scripts/gen_webhook_events.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


def test_check_mode_fails_on_a_stale_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_webhook_events as gen
    finally:
        sys.path.pop(0)
    stale = tmp_path / "_events.py"
    stale.write_text((ROOT / "stack_sdk/webhooks/_events.py").read_text().replace("user.created", "user.made"))
    monkeypatch.setattr(gen, "OUTPUT", stale)
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    assert gen.main(["--check"]) == 1
    assert gen.main([]) == 0 and gen.main(["--check"]) == 0  # rewriting fixes it, byte-identically


def test_every_spec_event_has_a_class() -> None:
    assert sorted(EVENT_CLASSES) == sorted(SPEC)


@pytest.mark.parametrize("event_type", sorted(SPEC))
def test_every_spec_event_decodes_from_its_own_examples(event_type: str) -> None:
    body = body_for(event_type)
    event = event_from_json(body, message_id="msg_1", timestamp=NOW)
    assert type(event) is EVENT_CLASSES[event_type]
    assert event.type == event_type and event.message_id == "msg_1" and event.raw == body
    for key, value in body["data"].items():
        got = getattr(event.data, key)
        if isinstance(value, dict) and hasattr(got, "__dataclass_fields__"):
            assert {k: getattr(got, k) for k in value} == value
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            assert [{k: getattr(g, k) for k in v} for g, v in zip(got, value, strict=True)] == value
        else:
            assert got == value, key


def test_user_created_is_fully_typed() -> None:
    body = body_for("user.created")
    event = event_from_json(body)
    assert isinstance(event, UserCreatedEvent)
    assert isinstance(event.data, UserData) and isinstance(event.data.selected_team, TeamData)
    assert isinstance(event.data.signed_up_at_millis, int)


def test_optional_fields_may_be_null_or_absent() -> None:
    data = {"id": "u1", "primary_email_verified": False, "primary_email_auth_enabled": False,
            "signed_up_at_millis": 1, "last_active_at_millis": 2, "is_anonymous": True,
            "primary_email": None, "selected_team": None}
    event = event_from_json({"type": "user.updated", "data": data})
    assert event.data.primary_email is None and event.data.display_name is None  # type: ignore[union-attr]


def test_user_deleted_lists_the_teams() -> None:
    event = event_from_json({"type": "user.deleted", "data": {"id": "u1", "teams": [{"id": "t1"}, {"id": "t2"}]}})
    assert isinstance(event, UserDeletedEvent) and [t.id for t in event.data.teams] == ["t1", "t2"]


def test_unknown_types_become_unknown_event() -> None:
    event = event_from_json({"type": "payment.succeeded", "data": {"amount": 5}})
    assert isinstance(event, UnknownEvent) and event.type == "payment.succeeded" and event.data == {"amount": 5}


def test_extra_fields_are_ignored_but_kept_in_raw() -> None:
    body = {"type": "team.deleted", "data": {"id": "t1", "added_later": 1}}
    event = event_from_json(body)
    assert event.data.id == "t1" and event.raw["data"]["added_later"] == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "path", "fragment"),
    [
        ({"type": "team.deleted", "data": {}}, "data.id", "missing"),
        ({"type": "team.deleted", "data": {"id": None}}, "data.id", "must be a string, got null"),
        ({"type": "team.deleted", "data": {"id": 7}}, "data.id", "must be a string, got int"),
        ({"type": "team.deleted", "data": []}, "data", "must be a JSON object"),
        ({"type": "user.deleted", "data": {"id": "u", "teams": {}}}, "data.teams", "JSON array"),
        ({"type": "user.deleted", "data": {"id": "u", "teams": [{"id": 1}]}}, "data.teams[0].id", "string"),
        ({"type": "team.created", "data": {"id": "t", "display_name": "T", "created_at_millis": True}},
         "data.created_at_millis", "an integer, got bool"),
        ({"type": "team.created", "data": {"id": "t", "display_name": "T", "created_at_millis": 1.5}},
         "data.created_at_millis", "an integer, got float"),
        ({"data": {}}, "type", "no string 'type'"),
    ],
)
def test_shape_errors_name_the_path(body: dict[str, Any], path: str, fragment: str) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        event_from_json(body)
    assert info.value.path == path and fragment in str(info.value)


def test_whole_float_millis_become_int() -> None:
    event = event_from_json({"type": "team.created", "data": {"id": "t", "display_name": "T",
                                                              "created_at_millis": 1700000000000.0}})
    assert event.data.created_at_millis == 1700000000000 and isinstance(event.data.created_at_millis, int)  # type: ignore[union-attr]


def _delivery(body: bytes, msg_id: str = "msg_1", ts: int = NOW) -> dict[str, str]:
    return {"svix-id": msg_id, "svix-timestamp": str(ts),
            "svix-signature": sign(body, SECRET, message_id=msg_id, timestamp=ts)}


def test_parse_verifies_then_types_with_the_headers() -> None:
    body = json.dumps(body_for("team_membership.created")).encode()
    event = parse(body, _delivery(body), SECRET, clock=lambda: NOW)
    assert event.type == "team_membership.created" and event.message_id == "msg_1" and event.timestamp == NOW


def test_parse_with_a_replay_cache_refuses_the_second_delivery() -> None:
    body = json.dumps(body_for("team.deleted")).encode()
    cache = ReplayCache(clock=lambda: NOW)
    parse(body, _delivery(body), SECRET, clock=lambda: NOW, replay_cache=cache)
    with pytest.raises(WebhookReplayError) as info:
        parse(body, _delivery(body), SECRET, clock=lambda: NOW, replay_cache=cache)
    assert info.value.message_id == "msg_1"
    parse(body, _delivery(body, "msg_2"), SECRET, clock=lambda: NOW, replay_cache=cache)  # another id passes


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_replay_cache_forgets_ids_once_their_timestamp_left_the_window() -> None:
    clock = Clock(NOW)
    cache = ReplayCache(300, clock=clock)
    assert cache.remember("a", NOW) and not cache.remember("a", NOW)
    assert cache.remember("future", NOW + 200)
    clock.now = NOW + 301  # "a" would now fail the timestamp check anyway
    assert len(cache) == 1 and cache.remember("a", NOW)  # "future" is kept until NOW + 500
    assert not cache.remember("future", NOW + 200)
    cache.forget("future")
    assert cache.remember("future", NOW + 200)


def test_replay_cache_rejects_a_non_positive_tolerance() -> None:
    with pytest.raises(ValueError, match="tolerance"):
        ReplayCache(0)
