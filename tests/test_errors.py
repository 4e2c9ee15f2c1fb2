"""stack_sdk.errors: the tree, error_from_response over real recordings and odd bodies, safe str/repr."""

from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest

from stack_sdk import errors
from stack_sdk.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    KnownError,
    RateLimitError,
    error_from_response,
)

API = "https://api.example.test/api/v1"


def _response(
    status: int,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
    request: httpx.Request | None = None,
) -> httpx.Response:
    if content is None:
        content = (
            b"" if body is None else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
        )
    return httpx.Response(
        status,
        headers=headers or {},
        content=content,
        request=request or httpx.Request("GET", f"{API}/users/me"),
    )


def _known(code: str, status: int = 400, **extra: Any) -> httpx.Response:
    body = {"code": code, "error": f"{code} happened", **extra}
    return _response(
        status, body, headers={"x-stack-known-error": code, "x-stack-request-id": "req0123456789abc"}
    )


# -- every error exchange recorded against the real backend --------------------------------------------


def _recorded_errors(recordings_file: Path) -> list[dict[str, Any]]:
    lines = recordings_file.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [
        r
        for r in records
        if r["status"] >= 400
        or "x-stack-known-error" in r["response_headers"]
        or "x-stack-actual-status" in r["response_headers"]
    ]


def _replay(record: dict[str, Any]) -> httpx.Response:
    body = record["response_body"]
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    request = httpx.Request(record["method"], API + record["path"], headers=record["request_headers"])
    return httpx.Response(
        record["status"], headers=record["response_headers"], content=content, request=request
    )


def test_every_recorded_error_exchange_maps_to_its_class(recordings_file: Path) -> None:
    recorded = _recorded_errors(recordings_file)
    known = plain = overridden = 0
    for record in recorded:
        exc = error_from_response(_replay(record))
        headers, body = record["response_headers"], record["response_body"]
        expected_status = int(headers.get("x-stack-actual-status", record["status"]))
        where = f"{record['name']}: {exc!r}"
        assert exc.status == expected_status, where
        assert exc.request_id == "<request_id>", where
        assert exc.request is not None and exc.request.url.path == "/api/v1" + record["path"], where
        if "x-stack-actual-status" in headers:
            overridden += 1
            assert record["status"] == 200 and expected_status >= 400, where
        if "x-stack-known-error" in headers:
            known += 1
            code = headers["x-stack-known-error"]
            assert isinstance(exc, KnownError), where
            assert type(exc) is not KnownError and type(exc).code == code == exc.code, where
            assert exc.message == body["error"], where
            assert exc.details == body.get("details", {}), where
        else:
            plain += 1
            assert not isinstance(exc, KnownError) and exc.code is None, where
            assert type(exc) is errors.status_error_class(expected_status), where
            if len(body.strip()) <= 500:
                assert exc.message == body.strip(), where
            else:
                assert exc.message.startswith(body.strip()[:500]) and len(exc.message) < 560, where
            assert exc.body == body, where
    # 97 known errors, 14 plain-text ones, 7 of them status-overridden in the recordings
    assert (known, plain, overridden) == (97, 14, 7)


def test_recorded_plain_text_classes(recordings_file: Path) -> None:
    seen = {
        (type(error_from_response(_replay(r))).__name__)
        for r in _recorded_errors(recordings_file)
        if "x-stack-known-error" not in r["response_headers"]
    }
    assert seen == {"NotFoundError", "BadRequestError", "PermissionDeniedError", "InternalServerError"}


# -- known errors --------------------------------------------------------------------------------------


def test_known_error_fields() -> None:
    details = {"expired_at_millis": 1, "project_id": "p", "user_id": "u", "refresh_token_id": "r"}
    exc = error_from_response(_known("ACCESS_TOKEN_EXPIRED", 401, details=details))
    assert type(exc) is errors.AccessTokenExpired
    assert isinstance(exc, errors.InvalidAccessToken)
    assert (exc.code, exc.status, exc.message, exc.details) == (
        "ACCESS_TOKEN_EXPIRED",
        401,
        "ACCESS_TOKEN_EXPIRED happened",
        details,
    )
    assert exc.request_id == "req0123456789abc"
    assert (
        str(exc) == "ACCESS_TOKEN_EXPIRED (401): ACCESS_TOKEN_EXPIRED happened [request id req0123456789abc]"
    )


def test_override_status_header_gives_actual_status() -> None:
    r = _response(
        200,
        {"code": "USER_NOT_FOUND", "error": "User not found."},
        headers={"x-stack-known-error": "USER_NOT_FOUND", "x-stack-actual-status": "404"},
    )
    exc = error_from_response(r)
    assert type(exc) is errors.UserNotFound and exc.status == 404
    assert error_from_response(r, status=410).status == 410  # the caller's status wins


def test_unknown_code_keeps_the_code(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="stack_sdk"):
        exc = error_from_response(_known("BRAND_NEW_ERROR", 418, details={"x": 1}))
    assert type(exc) is KnownError
    assert (exc.code, exc.status, exc.details) == ("BRAND_NEW_ERROR", 418, {"x": 1})
    assert str(exc).startswith("BRAND_NEW_ERROR (418): BRAND_NEW_ERROR happened")
    assert "BRAND_NEW_ERROR" in caplog.text
    assert KnownError.class_for("BRAND_NEW_ERROR") is KnownError  # nothing was registered on the fly


@pytest.mark.parametrize(
    "headers",
    [
        {
            "x-hexclave-known-error": "TEAM_NOT_FOUND",
            "x-hexclave-actual-status": "404",
            "x-hexclave-request-id": "hx1",
        },
        {
            "x-stack-known-error": "TEAM_NOT_FOUND",
            "x-stack-actual-status": "404",
            "x-stack-request-id": "hx1",
            "x-hexclave-known-error": "TEAM_NOT_FOUND",
            "x-hexclave-actual-status": "404",
            "x-hexclave-request-id": "hx1",
        },
    ],
    ids=["hexclave-only", "both-families"],
)
def test_hexclave_header_family(headers: dict[str, str]) -> None:
    exc = error_from_response(
        _response(
            200, {"code": "TEAM_NOT_FOUND", "error": "no team", "details": {"team_id": "t"}}, headers=headers
        )
    )
    assert type(exc) is errors.TeamNotFound
    assert (exc.status, exc.request_id, exc.details) == (404, "hx1", {"team_id": "t"})


def test_hexclave_plain_error_status_and_request_id() -> None:
    exc = error_from_response(
        _response(
            200,
            "Client team creation is disabled for this project",
            headers={"x-hexclave-actual-status": "403", "x-hexclave-request-id": "hx2"},
        )
    )
    assert type(exc) is errors.PermissionDeniedError and exc.status == 403 and exc.request_id == "hx2"


def test_header_and_body_code_disagree_trusts_header(caplog: pytest.LogCaptureFixture) -> None:
    r = _response(
        401,
        {"code": "USER_NOT_FOUND", "error": "Access token has expired."},
        headers={"x-stack-known-error": "ACCESS_TOKEN_EXPIRED"},
    )
    with caplog.at_level(logging.WARNING, logger="stack_sdk"):
        exc = error_from_response(r)
    assert type(exc) is errors.AccessTokenExpired and exc.message == "Access token has expired."
    assert "disagrees" in caplog.text and "USER_NOT_FOUND" in caplog.text


def test_message_falls_back_to_message_key() -> None:
    r = _response(
        400, {"code": "SCHEMA_ERROR", "message": "bad body"}, headers={"x-stack-known-error": "SCHEMA_ERROR"}
    )
    assert error_from_response(r).message == "bad body"


@pytest.mark.parametrize(
    ("content", "expected_message"),
    [
        (b"", "(no message)"),
        (b"not json at all", "not json at all"),
        (b"[1, 2, 3]", "(no message)"),
        (b'"just a string"', "(no message)"),
        (b'{"code": "USER_NOT_FOUND", "error": 42, "details": [1]}', "(no message)"),
        (b"\xff\xfe\x00garbage", None),
        (b'{"code": "USER_NOT_FOUND", "error": "ok", "details": null}', "ok"),
    ],
)
def test_garbage_bodies_with_known_error_header(content: bytes, expected_message: str | None) -> None:
    exc = error_from_response(
        _response(404, headers={"x-stack-known-error": "USER_NOT_FOUND"}, content=content)
    )
    assert type(exc) is errors.UserNotFound and exc.status == 404 and exc.details == {}
    if expected_message is not None:
        assert exc.message == expected_message
    assert isinstance(str(exc), str) and isinstance(repr(exc), str)


@pytest.mark.parametrize("content", [b"", b"   ", b"[1]", b"null", b"\xff\xfe", b"{not json"])
def test_garbage_bodies_without_header(content: bytes) -> None:
    exc = error_from_response(_response(502, content=content))
    assert type(exc) is errors.InternalServerError and exc.status == 502 and exc.code is None
    assert exc.message


def test_unread_streaming_body_does_not_raise() -> None:
    r = httpx.Response(500, stream=httpx.ByteStream(b"boom"), request=httpx.Request("GET", API))
    exc = error_from_response(r)
    assert type(exc) is errors.InternalServerError and exc.message == "(empty response body)"


def test_response_without_request() -> None:
    exc = error_from_response(httpx.Response(404, text="Project not found"))
    assert type(exc) is errors.NotFoundError and exc.request is None and exc.message == "Project not found"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, APIStatusError),
    ],
)
def test_plain_errors_get_a_status_class(status: int, cls: type[APIStatusError]) -> None:
    exc = error_from_response(_response(status, "plain text"))
    assert type(exc) is cls and exc.status == status and exc.message == "plain text" and exc.code is None
    assert str(exc) == f"HTTP {status}: plain text"


def test_rate_limit_json_message() -> None:
    # §6: the development limiter answers JSON {"message": ...} without a known-error header.
    r = _response(429, {"message": "Artificial development rate limit triggered"})
    exc = error_from_response(r)
    assert type(exc) is RateLimitError and exc.message == "Artificial development rate limit triggered"


def test_actual_status_header_that_is_not_a_number_is_ignored() -> None:
    exc = error_from_response(_response(403, "nope", headers={"x-stack-actual-status": "soon"}))
    assert exc.status == 403


def test_long_plain_bodies_are_truncated_in_the_message() -> None:
    text = "<html>" + "x" * 5000 + "</html>"
    exc = error_from_response(_response(500, text))
    assert len(exc.message) < 560 and exc.message.startswith("<html>xxx") and "5013 characters" in exc.message
    assert exc.body == text  # the whole body is still available


# -- secrets never printed --------------------------------------------------------------------------------

SECRETS = {
    "x-stack-secret-server-key": "ssk_TOPSECRET_server_value",
    "x-stack-access-token": "eyJ.ACCESS_TOKEN_VALUE.sig",
    "x-stack-refresh-token": "REFRESH_TOKEN_VALUE",
    "x-stack-super-secret-admin-key": "sak_ADMIN_VALUE",
}


def _secret_request() -> httpx.Request:
    return httpx.Request("POST", f"{API}/users", headers=SECRETS, json={"password": "BODY_PASSWORD"})


@pytest.mark.parametrize(
    "make",
    [
        lambda req: error_from_response(
            _response(
                401,
                {"code": "ACCESS_TOKEN_EXPIRED", "error": "expired"},
                headers={"x-stack-known-error": "ACCESS_TOKEN_EXPIRED"},
                request=req,
            )
        ),
        lambda req: error_from_response(_response(403, "Client team creation is disabled", request=req)),
        lambda req: error_from_response(
            _response(418, {"code": "NEW", "error": "x"}, headers={"x-stack-known-error": "NEW"}, request=req)
        ),
        lambda req: APIConnectionError("POST /users failed: ConnectError", request=req),
        lambda req: errors.APITimeoutError("POST /users timed out", request=req),
        lambda req: errors.APIResponseValidationError("users_create: bad body", request=req),
    ],
    ids=["known", "plain", "unknown-code", "connection", "timeout", "validation"],
)
def test_no_secret_in_str_or_repr(make: Any) -> None:
    request = _secret_request()
    exc = make(request)
    assert exc.request is request  # kept for debugging ...
    for text in (str(exc), repr(exc), "".join(map(str, exc.args))):  # ... but never formatted
        for value in [*SECRETS.values(), "BODY_PASSWORD"]:
            assert value not in text


def test_repr_shows_only_class_code_status_request_id() -> None:
    exc = error_from_response(_known("USER_NOT_FOUND", 404, details={"secretish": "value"}))
    assert repr(exc) == "UserNotFound(code='USER_NOT_FOUND', status=404, request_id='req0123456789abc')"


# -- direct construction (users fake errors in their own tests) ------------------------------------------


def test_known_errors_are_constructible_directly() -> None:
    exc = errors.AccessTokenExpired("msg", details={"user_id": "u"})
    assert (exc.code, exc.status, exc.message, exc.details) == (
        "ACCESS_TOKEN_EXPIRED",
        401,
        "msg",
        {"user_id": "u"},
    )
    assert exc.request is None and exc.response is None and exc.request_id is None
    assert str(exc) == "ACCESS_TOKEN_EXPIRED (401): msg"
    with pytest.raises(errors.InvalidAccessToken):
        raise exc
    assert str(errors.NotFoundError("gone")) == "HTTP 404: gone"
    copy = pickle.loads(pickle.dumps(errors.TeamNotFound("t", details={"team_id": "x"}, request_id="r")))
    assert (type(copy), copy.details, copy.request_id) == (errors.TeamNotFound, {"team_id": "x"}, "r")


def test_sdk_local_errors() -> None:
    cfg = errors.ConfigurationError("Set STACK_PROJECT_ID", setting="STACK_PROJECT_ID")
    assert (
        isinstance(cfg, ValueError)
        and isinstance(cfg, errors.StackError)
        and cfg.setting == "STACK_PROJECT_ID"
    )
    access = errors.AccessTypeError(
        "no", operation="users_list", access_type="client", allowed=("server", "admin")
    )
    assert (access.operation, access.access_type, access.allowed) == (
        "users_list",
        "client",
        ("server", "admin"),
    )
    oauth = errors.OAuthError("access_denied", "The user said no")
    assert (oauth.error, oauth.code, oauth.description, str(oauth)) == (
        "access_denied",
        "access_denied",
        "The user said no",
        "access_denied: The user said no",
    )
    assert isinstance(errors.UserNotSignedIn(), errors.StackError)
    assert isinstance(errors.DataVaultDecryptionError("x"), errors.StackError)
    for cls in (
        errors.UserNotSignedIn,
        errors.OAuthError,
        errors.DataVaultDecryptionError,
        errors.AccessTypeError,
    ):
        assert not issubclass(cls, APIError)  # never from the wire


def test_api_error_reads_request_id_from_response() -> None:
    r = _response(200, {}, headers={"x-stack-request-id": "abc"})
    exc = errors.APIResponseValidationError("users_me: expected User, got list", response=r)
    assert exc.request_id == "abc" and str(exc) == "users_me: expected User, got list [request id abc]"


def test_public_names() -> None:
    for name in errors.__all__:
        assert hasattr(errors, name), name
    assert {
        "StackError",
        "KnownError",
        "error_from_response",
        "AccessTokenExpired",
        "VerificationError",
    } <= set(errors.__all__)
