"""Svix signature verification: every security case raises the exact error; the scheme matches an
independent implementation (standardwebhooks)."""

from __future__ import annotations

import base64
from datetime import datetime, timezone

import pytest

from stack_sdk.errors import ConfigurationError, StackError
from stack_sdk.webhooks import (
    WebhookHeaderError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    WebhookVerificationError,
    sign,
    verify,
)

SECRET = "whsec_" + base64.b64encode(b"a 24 byte test secret!!!").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another secret, not ours").decode()
NOW = 1_764_900_000  # pinned clock (Dec 2025); nothing here reads the real time
BODY = b'{"type":"team.deleted","data":{"id":"t1"}}'


def clock() -> float:
    return NOW


def headers(body: bytes = BODY, *, secret: str = SECRET, ts: int = NOW, msg_id: str = "msg_1") -> dict[str, str]:
    return {
        "svix-id": msg_id,
        "svix-timestamp": str(ts),
        "svix-signature": sign(body, secret, message_id=msg_id, timestamp=ts),
    }


def test_a_genuine_delivery_verifies_and_returns_the_json() -> None:
    assert verify(BODY, headers(), SECRET, clock=clock) == {"type": "team.deleted", "data": {"id": "t1"}}


def test_wrong_secret_is_a_signature_error() -> None:
    with pytest.raises(WebhookSignatureError, match="no v1 signature"):
        verify(BODY, headers(secret=OTHER_SECRET), SECRET, clock=clock)


def test_tampered_body_is_a_signature_error() -> None:
    tampered = BODY.replace(b"t1", b"t2")
    with pytest.raises(WebhookSignatureError):
        verify(tampered, headers(), SECRET, clock=clock)


def test_tampered_id_or_timestamp_header_is_a_signature_error() -> None:
    h = headers()
    h["svix-id"] = "msg_2"
    with pytest.raises(WebhookSignatureError):
        verify(BODY, h, SECRET, clock=clock)
    h = headers()
    h["svix-timestamp"] = str(NOW + 1)
    with pytest.raises(WebhookSignatureError):
        verify(BODY, h, SECRET, clock=clock)


def test_old_timestamp_is_refused_even_with_a_valid_signature() -> None:
    with pytest.raises(WebhookTimestampError) as info:
        verify(BODY, headers(ts=NOW - 301), SECRET, clock=clock)
    assert info.value.reason == "too_old" and info.value.timestamp == NOW - 301 and info.value.tolerance == 300


def test_future_timestamp_is_refused() -> None:
    with pytest.raises(WebhookTimestampError) as info:
        verify(BODY, headers(ts=NOW + 301), SECRET, clock=clock)
    assert info.value.reason == "too_new"


def test_tolerance_edges_are_inclusive_and_configurable() -> None:
    verify(BODY, headers(ts=NOW - 300), SECRET, clock=clock)
    verify(BODY, headers(ts=NOW + 300), SECRET, clock=clock)
    with pytest.raises(WebhookTimestampError):
        verify(BODY, headers(ts=NOW - 61), SECRET, clock=clock, tolerance=60)


@pytest.mark.parametrize("missing", ["svix-id", "svix-timestamp", "svix-signature"])
def test_each_missing_header_is_named(missing: str) -> None:
    h = headers()
    del h[missing]
    with pytest.raises(WebhookHeaderError) as info:
        verify(BODY, h, SECRET, clock=clock)
    assert info.value.header == missing and missing in str(info.value)


def test_a_malformed_timestamp_is_a_header_error() -> None:
    h = headers()
    h["svix-timestamp"] = "yesterday"
    with pytest.raises(WebhookHeaderError) as info:
        verify(BODY, h, SECRET, clock=clock)
    assert info.value.header == "svix-timestamp"


def test_several_signatures_pass_when_one_is_valid() -> None:
    h = headers()
    wrong = sign(BODY, OTHER_SECRET, message_id="msg_1", timestamp=NOW)
    h["svix-signature"] = f"{wrong} v1,bm90IGEgc2lnbmF0dXJl {h['svix-signature']}"
    assert verify(BODY, h, SECRET, clock=clock)["type"] == "team.deleted"


def test_several_signatures_fail_when_none_is_valid() -> None:
    h = headers()
    wrong = sign(BODY, OTHER_SECRET, message_id="msg_1", timestamp=NOW)
    h["svix-signature"] = f"{wrong} v1,bm90IGEgc2lnbmF0dXJl"
    with pytest.raises(WebhookSignatureError):
        verify(BODY, h, SECRET, clock=clock)


def test_only_v1_signatures_count() -> None:
    h = headers()
    h["svix-signature"] = h["svix-signature"].replace("v1,", "v1a,")  # right bytes, other scheme
    with pytest.raises(WebhookSignatureError):
        verify(BODY, h, SECRET, clock=clock)


def test_header_names_are_case_insensitive_and_pairs_are_accepted() -> None:
    h = {k.upper(): v for k, v in headers().items()}
    assert verify(BODY, h, SECRET, clock=clock)["data"] == {"id": "t1"}
    assert verify(BODY, list(headers().items()), SECRET, clock=clock)["data"] == {"id": "t1"}


def test_str_payload_is_verified_as_utf8() -> None:
    body = '{"type":"team.deleted","data":{"id":"équipe"}}'
    assert verify(body, headers(body.encode()), SECRET, clock=clock)["data"]["id"] == "équipe"


def test_secret_forms_prefix_optional_bytes_accepted() -> None:
    raw = b"a 24 byte test secret!!!"
    verify(BODY, headers(), SECRET.removeprefix("whsec_"), clock=clock)
    verify(BODY, headers(), raw, clock=clock)


@pytest.mark.parametrize("bad", ["whsec_not base64!!", "", "whsec_"])
def test_a_malformed_secret_is_a_configuration_error_without_the_secret(bad: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        verify(BODY, headers(), bad, clock=clock)
    assert info.value.setting == "secret"
    if bad.removeprefix("whsec_"):
        assert bad.removeprefix("whsec_") not in str(info.value)


def test_errors_never_contain_the_secret_or_the_expected_signature() -> None:
    h = headers(secret=OTHER_SECRET)
    expected = headers()["svix-signature"].removeprefix("v1,")
    with pytest.raises(WebhookVerificationError) as info:
        verify(BODY, h, SECRET, clock=clock)
    text = str(info.value) + repr(info.value)
    assert SECRET.removeprefix("whsec_") not in text and expected not in text


def test_signed_non_json_body_is_a_payload_error() -> None:
    with pytest.raises(WebhookPayloadError) as info:
        verify(b"not json", headers(b"not json"), SECRET, clock=clock)
    assert info.value.path == "$"
    with pytest.raises(WebhookPayloadError) as info:
        verify(b"[1]", headers(b"[1]"), SECRET, clock=clock)
    assert info.value.path == "$"


def test_error_tree() -> None:
    for cls in (WebhookHeaderError, WebhookSignatureError, WebhookTimestampError, WebhookPayloadError):
        assert issubclass(cls, WebhookVerificationError) and issubclass(cls, StackError)


# --- the same scheme as an independent implementation -------------------------------------------------


def test_signatures_match_standardwebhooks() -> None:
    from standardwebhooks.webhooks import Webhook

    theirs = Webhook(SECRET).sign("msg_9", datetime.fromtimestamp(NOW, tz=timezone.utc), BODY)
    assert sign(BODY, SECRET, message_id="msg_9", timestamp=NOW) == theirs


def test_standard_webhooks_headers_are_accepted_too() -> None:
    from standardwebhooks.webhooks import Webhook

    sig = Webhook(SECRET).sign("msg_9", datetime.fromtimestamp(NOW, tz=timezone.utc), BODY)
    h = {"webhook-id": "msg_9", "webhook-timestamp": str(NOW), "webhook-signature": sig}
    assert verify(BODY, h, SECRET, clock=clock)["type"] == "team.deleted"
