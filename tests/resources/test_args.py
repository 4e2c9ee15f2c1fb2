"""stack_sdk.resources._args: the one home of argument checks (typed errors naming the argument, no secrets)."""

from __future__ import annotations

import doctest

import pytest

from stack_sdk._types import NOT_GIVEN
from stack_sdk.resources import _args


def test_docstring_examples() -> None:
    result = doctest.testmod(_args, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10 and result.failed == 0


@pytest.mark.parametrize(
    ("check", "value", "exc", "fragment"),
    [
        (_args.require_id, "  ", ValueError, "x must be a non-empty string"),
        (_args.require_id, 3, ValueError, "x must be a non-empty string, got 3"),
        (_args.require_bool, 1, TypeError, "x must be True or False"),
        (_args.require_str, None, TypeError, "x must be a string, got NoneType"),
        (_args.optional_str, 1.5, TypeError, "None sets it to null"),
        (_args.non_empty_str, "", ValueError, "x must be a non-empty string"),
        (_args.non_empty_str, b"a", TypeError, "x must be a string"),
        (_args.verification_code, None, ValueError, "x must be the non-empty code"),
        (_args.verification_code, "ab c", ValueError, "whitespace"),
        (_args.verification_code, 123456, TypeError, "x must be a string"),
        (_args.absolute_url, "example.com/x", ValueError, "x must be an absolute URL"),
        (_args.email_address, "bob", ValueError, "x must be an e-mail address"),
        (_args.positive_int, True, ValueError, "x must be a positive integer"),
        (_args.id_list, "read", TypeError, "x must be a list of ids"),
        (_args.json_value, {1, 2}, TypeError, "x must be a JSON value"),
        (_args.json_value, float("inf"), ValueError, "x must be a JSON value"),
    ],
)
def test_bad_values_raise_typed_errors_naming_the_argument(
    check: object, value: object, exc: type[Exception], fragment: str
) -> None:
    with pytest.raises(exc, match=fragment):
        check("x", value)  # type: ignore[operator]


def test_good_values_come_back_unchanged() -> None:
    assert _args.require_id("me", "me") == "me"
    assert _args.optional_id("x", None) is None
    assert _args.optional_bool("x", NOT_GIVEN) is NOT_GIVEN and _args.optional_bool("x", False) is False
    assert _args.optional_str("x", None) is None
    assert _args.non_empty_str("pw", " ", strip=False) == " "
    assert _args.verification_code("code", "abc123") == "abc123"
    assert _args.absolute_url("u", "myapp://callback") == "myapp://callback"
    assert _args.id_list("x", ("a", "b")) == ["a", "b"]
    assert _args.json_value("m", {"a": [1, None]}) == {"a": [1, None]}
    assert _args.base64_secret("t", "AAEC") == "AAEC"
    assert _args.customer_type("team") == "team"


@pytest.mark.parametrize(
    ("check", "secret"),
    [(_args.credential, ""), (_args.optional_secret, ""), (_args.base64_secret, "not base64 sk_live_123!")],
)
def test_secrets_are_never_echoed(check: object, secret: str) -> None:
    with pytest.raises((TypeError, ValueError)) as info:
        check("secret", secret)  # type: ignore[operator]
    assert "secret" in str(info.value) and (not secret or secret not in str(info.value))


def test_customer_type_names_the_choices() -> None:
    with pytest.raises(ValueError, match="'user', 'team' or 'custom'"):
        _args.customer_type("users")
