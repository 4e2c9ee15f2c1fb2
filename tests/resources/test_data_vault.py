"""s.data_vault: stores, client-side encryption on the wire, not-found → None."""

from __future__ import annotations

import httpx
import pytest
import respx

from stack_sdk._vault_crypto import decrypt_value, encrypt_value, hashed_key
from stack_sdk.errors import AccessTypeError, DataVaultDecryptionError, KnownError

from .conftest import API, body_of, client_sdk, known_error, server_sdk

SECRET = "vault-secret-of-my-app"


@respx.mock
async def test_set_sends_hashed_key_and_ciphertext_never_the_plaintext() -> None:
    route = respx.post(f"{API}/data-vault/stores/tokens/set").mock(
        return_value=httpx.Response(200, json={"success": True}))
    assert await server_sdk().data_vault.get_store("tokens").set("user-1", "very secret value", secret=SECRET) is None
    sent = body_of(route.calls.last.request)
    assert set(sent) == {"hashed_key", "encrypted_value"}
    assert sent["hashed_key"] == hashed_key(SECRET, "user-1")
    assert decrypt_value(SECRET, "user-1", sent["encrypted_value"]) == "very secret value"
    raw = route.calls.last.request.content.decode()
    assert "very secret value" not in raw and "user-1" not in raw and SECRET not in raw


@respx.mock
async def test_get_decrypts_what_the_server_returns() -> None:
    stored = encrypt_value(SECRET, "user-1", "héllo ✓")
    route = respx.post(f"{API}/data-vault/stores/tokens/get").mock(
        return_value=httpx.Response(200, json={"encrypted_value": stored}))
    value = await server_sdk().data_vault.get_store("tokens").get("user-1", secret=SECRET)
    assert value == "héllo ✓"
    assert body_of(route.calls.last.request) == {"hashed_key": hashed_key(SECRET, "user-1")}


@respx.mock
async def test_get_missing_key_is_none() -> None:
    respx.post(f"{API}/data-vault/stores/tokens/get").mock(return_value=known_error(
        "DATA_VAULT_STORE_HASHED_KEY_DOES_NOT_EXIST", 400, details={"store_id": "tokens", "hashed_key": "x"}))
    assert await server_sdk().data_vault.get_store("tokens").get("nobody", secret=SECRET) is None


@respx.mock
async def test_unknown_store_raises_typed() -> None:
    respx.post(f"{API}/data-vault/stores/no-such-store/get").mock(return_value=known_error(
        "DATA_VAULT_STORE_DOES_NOT_EXIST", 400, "Data vault store with ID no-such-store does not exist.",
        {"store_id": "no-such-store"}))
    with pytest.raises(KnownError) as e:
        await server_sdk().data_vault.get_store("no-such-store").get("k", secret=SECRET)
    assert e.value.code == "DATA_VAULT_STORE_DOES_NOT_EXIST"


@respx.mock
async def test_store_id_is_percent_encoded() -> None:
    route = respx.post(f"{API}/data-vault/stores/a%2Fb/set").mock(return_value=httpx.Response(200, json={"success": True}))
    await server_sdk().data_vault.get_store("a/b").set("k", "", secret=SECRET)
    assert route.called


@respx.mock
async def test_get_with_wrong_secret_does_not_return_garbage() -> None:
    stored = encrypt_value(SECRET, "user-1", "value")
    respx.post(f"{API}/data-vault/stores/tokens/get").mock(return_value=httpx.Response(200, json={"encrypted_value": stored}))
    with pytest.raises(DataVaultDecryptionError) as e:
        await server_sdk().data_vault.get_store("tokens").get("user-1", secret="another secret")
    assert "value" not in str(e.value).split()  # fails loudly, without leaking plaintext
    assert SECRET not in str(e.value)


def test_store_repr_and_bad_store_id() -> None:
    dv = server_sdk().data_vault
    assert repr(dv.get_store("tokens")) == "DataVaultStore(store_id='tokens')"
    with pytest.raises(ValueError, match="store_id"):
        dv.get_store("")


@pytest.mark.parametrize(
    ("key", "value", "secret", "exc"),
    [("", "v", SECRET, ValueError), ("k", "v", "", ValueError), (1, "v", SECRET, TypeError),
     ("k", None, SECRET, TypeError)],
)
@pytest.mark.respx(assert_all_called=False)
async def test_bad_input_sends_nothing(respx_mock: respx.MockRouter, key: object, value: object, secret: object, exc: type[Exception]) -> None:
    route = respx_mock.route()
    store = server_sdk().data_vault.get_store("tokens")
    with pytest.raises(exc):
        await store.set(key, value, secret=secret)  # type: ignore[arg-type]
    if value is not None:
        with pytest.raises(exc):
            await store.get(key, secret=secret)  # type: ignore[arg-type]
    assert not route.called


async def test_data_vault_needs_server_access() -> None:
    with pytest.raises(AccessTypeError):
        await client_sdk().data_vault.get_store("tokens").get("k", secret=SECRET)
