from __future__ import annotations

import pytest

from stack_sdk import StackSDK
from stack_sdk._config import ClientConfig
from stack_sdk.errors import ConfigurationError

from .conftest import PCK, SAK, SSK


def test_reads_stack_env() -> None:
    c = ClientConfig.resolve(environ={"STACK_PROJECT_ID": "p1", "STACK_SECRET_SERVER_KEY": SSK})
    assert (c.project_id, c.access_type, c.secret_server_key) == ("p1", "server", SSK)


def test_reads_hexclave_env_first_and_accepts_equal_duplicates() -> None:
    env = {"HEXCLAVE_PROJECT_ID": "p2", "STACK_PROJECT_ID": "p2", "HEXCLAVE_API_URL": "https://api.hexclave.com"}
    c = ClientConfig.resolve(environ=env)
    assert (c.project_id, c.api_url, c.access_type) == ("p2", "https://api.hexclave.com", "client")


def test_conflicting_env_families_are_an_error_naming_both() -> None:
    with pytest.raises(ConfigurationError, match="HEXCLAVE_PROJECT_ID and STACK_PROJECT_ID"):
        ClientConfig.resolve(environ={"HEXCLAVE_PROJECT_ID": "a", "STACK_PROJECT_ID": "b"})


def test_conflicting_secret_never_echoed() -> None:
    with pytest.raises(ConfigurationError) as e:
        ClientConfig.resolve(environ={"STACK_PROJECT_ID": "p", "HEXCLAVE_SECRET_SERVER_KEY": "aaa_secret",
                                      "STACK_SECRET_SERVER_KEY": "bbb_secret"})
    assert "aaa_secret" not in str(e.value) and "bbb_secret" not in str(e.value)


def test_argument_beats_environment() -> None:
    c = ClientConfig.resolve(project_id="arg", environ={"STACK_PROJECT_ID": "env"})
    assert c.project_id == "arg"


def test_missing_project_id_names_the_variables() -> None:
    with pytest.raises(ConfigurationError, match="STACK_PROJECT_ID") as e:
        StackSDK(environ={})
    assert "HEXCLAVE_PROJECT_ID" in str(e.value)


@pytest.mark.parametrize("bad", ["has space", "new\nline", "ü"])
def test_malformed_project_id(bad: str) -> None:
    with pytest.raises(ConfigurationError, match="Malformed project id"):
        ClientConfig.resolve(project_id=bad, environ={})


def test_malformed_key_is_reported_without_its_value() -> None:
    with pytest.raises(ConfigurationError, match="secret_server_key") as e:
        ClientConfig.resolve(project_id="p", secret_server_key="ssk_abc def", environ={})
    assert "ssk_abc" not in str(e.value)


def test_non_string_argument_is_typed_error() -> None:
    with pytest.raises(ConfigurationError, match="project_id must be a string"):
        ClientConfig.resolve(project_id=123, environ={})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ({}, "client"),
        ({"publishable_client_key": PCK}, "client"),
        ({"secret_server_key": SSK}, "server"),
        ({"super_secret_admin_key": SAK}, "admin"),
        ({"secret_server_key": SSK, "super_secret_admin_key": SAK}, "server"),
    ],
)
def test_access_type_inferred_from_keys(keys: dict[str, str], expected: str) -> None:
    assert ClientConfig.resolve(project_id="p", environ={}, **keys).access_type == expected


def test_explicit_server_access_without_key_names_the_variable() -> None:
    with pytest.raises(ConfigurationError, match="STACK_SECRET_SERVER_KEY"):
        ClientConfig.resolve(project_id="p", access_type="server", environ={})


def test_explicit_admin_access_without_key() -> None:
    with pytest.raises(ConfigurationError, match="SUPER_SECRET_ADMIN_KEY"):
        ClientConfig.resolve(project_id="p", access_type="admin", secret_server_key=SSK, environ={})


def test_unknown_access_type() -> None:
    with pytest.raises(ConfigurationError, match="Unknown access_type 'root'"):
        ClientConfig.resolve(project_id="p", access_type="root", environ={})


@pytest.mark.parametrize("url", ["api.stack-auth.com", "ftp://x.y", "https://"])
def test_malformed_url(url: str) -> None:
    with pytest.raises(ConfigurationError, match="Malformed API URL"):
        ClientConfig.resolve(project_id="p", api_url=url, environ={})


def test_url_normalised() -> None:
    c = ClientConfig.resolve(project_id="p", api_url="https://auth.example.com/api/v1/", environ={})
    assert c.api_url == "https://auth.example.com"


def test_secret_key_refused_over_plain_http_to_remote_host() -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        ClientConfig.resolve(project_id="p", secret_server_key=SSK, api_url="http://auth.example.com", environ={})


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]", "127.5.5.5"])
def test_secret_key_allowed_over_http_to_loopback(host: str) -> None:
    c = ClientConfig.resolve(project_id="p", secret_server_key=SSK, api_url=f"http://{host}:8102", environ={})
    assert c.access_type == "server"


def test_secret_over_http_with_explicit_opt_in() -> None:
    c = ClientConfig.resolve(project_id="p", secret_server_key=SSK, api_url="http://auth.internal",
                             allow_insecure_http=True, environ={})
    assert c.api_url == "http://auth.internal"


def test_client_access_over_http_is_fine() -> None:
    assert ClientConfig.resolve(project_id="p", api_url="http://auth.example.com", environ={}).access_type == "client"


def test_repr_hides_secrets() -> None:
    c = ClientConfig.resolve(project_id="p", secret_server_key=SSK, publishable_client_key=PCK,
                             super_secret_admin_key=SAK, environ={})
    s = StackSDK(project_id="p", secret_server_key=SSK, super_secret_admin_key=SAK, environ={})
    for text in (repr(c), repr(s), str(s)):
        assert SSK not in text and SAK not in text and PCK not in text


def test_bad_timeout_and_retries() -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        StackSDK(project_id="p", environ={}, timeout=-1)
    with pytest.raises(ConfigurationError, match="max_retries"):
        StackSDK(project_id="p", environ={}, max_retries=-2)
    with pytest.raises(ConfigurationError, match="http_client"):
        StackSDK(project_id="p", environ={}, http_client=object())  # type: ignore[arg-type]


def test_reads_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STACK_PROJECT_ID", "from-env")
    monkeypatch.delenv("HEXCLAVE_PROJECT_ID", raising=False)
    assert StackSDK().project_id == "from-env"
